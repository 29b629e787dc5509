using System.Globalization;

namespace HostPool.Pool.Operations;

/// <summary>The replica a log line came from; <see cref="Prefix"/> is how it is shown: <c>service.N@host</c>.</summary>
public sealed record LogSource(string Service, int Replica, string Host)
{
    public string Prefix => string.Create(CultureInfo.InvariantCulture, $"{Service}.{Replica}@{Host}");
}

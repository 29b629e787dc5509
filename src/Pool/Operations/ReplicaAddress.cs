using System.Globalization;

namespace HostPool.Pool.Operations;

/// <summary>A replica named on the command line: <c>SERVICE</c> (replica 1) or <c>SERVICE.N</c>.</summary>
public sealed record ReplicaAddress(string Service, int Replica)
{
    /// <exception cref="UsageException">The text is empty, or its replica number is not a positive integer.</exception>
    public static ReplicaAddress Parse(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot < 0)
        {
            return string.IsNullOrWhiteSpace(text)
                ? throw new UsageException("Name a service, as SERVICE or SERVICE.N (replica N, from 1).")
                : new ReplicaAddress(text, 1);
        }

        var service = text[..dot];
        var number = text[(dot + 1)..];
        if (service.Length == 0 || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var replica) || replica < 1)
        {
            throw new UsageException($"'{text}' is not SERVICE or SERVICE.N: the replica number after the last dot must be 1 or more (e.g. web.2).");
        }

        return new ReplicaAddress(service, replica);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Service}.{Replica}");
}

using System.Globalization;

namespace HostPool.Pool.Operations;

/// <summary>A replica named on the command line: <c>SERVICE</c> (replica 1) or <c>SERVICE.N</c>.</summary>
public sealed record ReplicaAddress(string Service, int Replica)
{
    /// <summary>
    /// <c>web</c> is replica 1 of web; <c>web.2</c> replica 2. A service name may itself hold dots
    /// (<c>api.v2</c>): only an all-digit part after the last dot is a replica number.
    /// </summary>
    /// <exception cref="UsageException">The text is empty, or its replica number is 0.</exception>
    public static ReplicaAddress Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.StartsWith('.'))
        {
            throw new UsageException($"'{text}' names no service: give SERVICE or SERVICE.N (replica N, from 1).");
        }

        var dot = text.LastIndexOf('.');
        var number = dot < 0 ? string.Empty : text[(dot + 1)..];
        if (number.Length == 0 || !number.All(char.IsAsciiDigit))
        {
            return new ReplicaAddress(text, 1);
        }

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var replica) && replica >= 1
            ? new ReplicaAddress(text[..dot], replica)
            : throw new UsageException($"'{text}': replicas are numbered from 1 (e.g. {text[..dot]}.1).");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Service}.{Replica}");
}

using System.Globalization;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>
/// The host side of a port mapping as compose writes it: 80, 80/udp, 8080:80, 127.0.0.1:8080:80/tcp,
/// 127.0.0.1:8080.
/// </summary>
internal static class PortText
{
    public static PublishedPort Parse(string text, string context)
    {
        var body = text.Trim();
        var protocol = "tcp";
        var slash = body.IndexOf('/');
        if (slash >= 0)
        {
            protocol = body[(slash + 1)..].Trim().ToLowerInvariant();
            body = body[..slash];
        }

        var parts = body.Split(':');
        var (ip, port) = parts.Length switch
        {
            1 => (string.Empty, parts[0]),
            2 when IsNumber(parts[0]) => (string.Empty, parts[0]),
            2 => (parts[0], parts[1]),
            3 => (parts[0], parts[1]),
            _ => (string.Empty, string.Empty),
        };
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535
            || protocol is not ("tcp" or "udp" or "sctp"))
        {
            throw new InvalidInputException($"{context}: '{text}' is not a published port; write e.g. 8080, 8080/udp or 127.0.0.1:8080:80/tcp.");
        }

        return new PublishedPort(number, protocol, ip.Trim());
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}

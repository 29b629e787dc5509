using System.Globalization;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Normalises <c>ports</c>: short syntax <c>[[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL]</c> (ranges, bracketed or bare
/// IPv6 host addresses), bare numbers, and the long syntax. A target range expands to one entry per port.
/// </summary>
internal static class PortMapper
{
    public static IReadOnlyList<ServicePort> Map(YNode? node, YPath path, NodeReader reader)
    {
        if (node is not YSequence sequence)
        {
            return [];
        }

        var ports = new List<ServicePort>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var itemPath = path.Index(i);
            if (item is YMapping mapping)
            {
                if (Long(mapping, itemPath, reader) is { } port)
                {
                    ports.Add(port);
                }
            }
            else if (reader.String(item, itemPath) is { } text)
            {
                ports.AddRange(Short(text, item.Mark, itemPath, reader.Diagnostics));
            }
        }

        return ports;
    }

    internal static IReadOnlyList<ServicePort> Short(string text, SourceMark mark, YPath path, Diagnostics diagnostics)
    {
        var spec = text.Trim();
        var protocol = "tcp";
        var slash = spec.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = spec[(slash + 1)..].ToLowerInvariant();
            spec = spec[..slash];
        }

        string? hostIp = null;
        string? published = null;
        string target;
        if (spec.StartsWith('['))
        {
            var close = spec.IndexOf(']');
            if (close < 0 || close + 1 >= spec.Length || spec[close + 1] != ':')
            {
                return Invalid(text, mark, path, diagnostics, "an IPv6 host address must be written as [address]:published:target");
            }

            hostIp = spec[1..close];
            var rest = spec[(close + 2)..].Split(':');
            if (rest.Length != 2)
            {
                return Invalid(text, mark, path, diagnostics, "expected [address]:published:target");
            }

            published = rest[0];
            target = rest[1];
        }
        else
        {
            var parts = spec.Split(':');
            target = parts[^1];
            if (parts.Length >= 2)
            {
                published = parts[^2];
            }

            if (parts.Length >= 3)
            {
                hostIp = string.Join(':', parts[..^2]);
            }
        }

        if (protocol is not ("tcp" or "udp" or "sctp"))
        {
            return Invalid(text, mark, path, diagnostics, $"the protocol must be tcp, udp or sctp, not \"{protocol}\"");
        }

        if (!TryRange(target, out var targetFrom, out var targetTo))
        {
            return Invalid(text, mark, path, diagnostics, $"the container port \"{target}\" is not a port number or range");
        }

        published = string.IsNullOrEmpty(published) ? null : published;
        hostIp = string.IsNullOrEmpty(hostIp) ? null : hostIp;
        if (hostIp is not null && !IsAddress(hostIp))
        {
            return Invalid(text, mark, path, diagnostics, $"\"{hostIp}\" is not an IP address to publish on");
        }

        if (published is null)
        {
            return Expand(targetFrom, targetTo, _ => null, hostIp, protocol);
        }

        if (!TryRange(published, out var publishedFrom, out var publishedTo))
        {
            return Invalid(text, mark, path, diagnostics, $"the published port \"{published}\" is not a port number or range");
        }

        var targetCount = targetTo - targetFrom;
        if (targetCount == 0)
        {
            return [new ServicePort(targetFrom, published, hostIp, protocol, "ingress")];
        }

        if (publishedTo - publishedFrom != targetCount)
        {
            return Invalid(text, mark, path, diagnostics, "the published and container port ranges must have the same length");
        }

        return Expand(targetFrom, targetTo, offset => (publishedFrom + offset).ToString(CultureInfo.InvariantCulture), hostIp, protocol);
    }

    private static ServicePort? Long(YMapping mapping, YPath path, NodeReader reader)
    {
        var target = reader.Int(mapping["target"], path.Key("target"));
        if (target is null)
        {
            reader.Diagnostics.Error(mapping.Mark, path, "a port in long syntax needs a target (the container port)");
            return null;
        }

        var published = reader.String(mapping["published"], path.Key("published"));
        if (published is not null && !TryRange(published, out _, out _))
        {
            reader.Diagnostics.Error(mapping["published"]!.Mark, path.Key("published"), $"\"{published}\" is not a port number or range");
        }

        return new ServicePort(
            target.Value,
            string.IsNullOrEmpty(published) ? null : published,
            reader.String(mapping["host_ip"], path.Key("host_ip")),
            reader.String(mapping["protocol"], path.Key("protocol"))?.ToLowerInvariant() ?? "tcp",
            reader.String(mapping["mode"], path.Key("mode")) ?? "ingress")
        {
            Name = reader.String(mapping["name"], path.Key("name")),
            AppProtocol = reader.String(mapping["app_protocol"], path.Key("app_protocol")),
            Extensions = PlainData.Extensions(mapping),
        };
    }

    /// <summary>A dotted IPv4 address or an IPv6 address (IPAddress alone would also take "8000" as an address).</summary>
    private static bool IsAddress(string text)
        => System.Net.IPAddress.TryParse(text, out var address)
            && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || text.Count(c => c == '.') == 3);

    private static List<ServicePort> Expand(int from, int to, Func<int, string?> published, string? hostIp, string protocol)
    {
        var list = new List<ServicePort>(to - from + 1);
        for (var port = from; port <= to; port++)
        {
            list.Add(new ServicePort(port, published(port - from), hostIp, protocol, "ingress"));
        }

        return list;
    }

    private static bool TryRange(string text, out int from, out int to)
    {
        var dash = text.IndexOf('-');
        var first = dash < 0 ? text : text[..dash];
        var second = dash < 0 ? text : text[(dash + 1)..];
        to = 0;
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out from)
            && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out to)
            && from is >= 0 and <= 65535 && to is >= 0 and <= 65535 && to >= from;
    }

    private static IReadOnlyList<ServicePort> Invalid(string text, SourceMark mark, YPath path, Diagnostics diagnostics, string why)
    {
        diagnostics.Error(mark, path, $"invalid port \"{text}\": {why} (expected [[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL], e.g. 8080:80/tcp)");
        return [];
    }
}

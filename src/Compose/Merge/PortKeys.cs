using HostPool.Compose.Yaml;

namespace HostPool.Compose.Merge;

/// <summary>The identity of a port entry for unicity: host IP, published port, target and protocol.</summary>
internal static class PortKeys
{
    public static string? Of(YNode node)
    {
        switch (node)
        {
            case YScalar scalar:
                var text = scalar.Value;
                var protocol = "tcp";
                var slash = text.LastIndexOf('/');
                if (slash >= 0)
                {
                    protocol = text[(slash + 1)..];
                    text = text[..slash];
                }

                var colon = text.LastIndexOf(':');
                var target = colon < 0 ? text : text[(colon + 1)..];
                var rest = colon < 0 ? string.Empty : text[..colon];
                var hostColon = rest.LastIndexOf(':');
                var published = hostColon < 0 ? rest : rest[(hostColon + 1)..];
                var hostIp = hostColon < 0 ? string.Empty : rest[..hostColon];
                return $"{hostIp}|{published}|{target}|{protocol}";
            case YMapping mapping:
                string Get(string key, string fallback) => mapping[key] is YScalar s ? s.Value : fallback;
                return $"{Get("host_ip", string.Empty)}|{Get("published", string.Empty)}|{Get("target", string.Empty)}|{Get("protocol", "tcp")}";
            default:
                return null;
        }
    }
}

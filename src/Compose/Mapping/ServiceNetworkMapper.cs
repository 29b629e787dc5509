using System.Collections.Immutable;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Normalises a service's <c>networks</c> (a list of names or a mapping of names to options) to a mapping.</summary>
internal static class ServiceNetworkMapper
{
    private static readonly HashSet<string> Known = ["aliases", "ipv4_address", "ipv6_address", "mac_address", "link_local_ips", "priority", "interface_name"];

    public static IReadOnlyDictionary<string, ServiceNetwork?> Map(YNode? node, YPath path, NodeReader reader)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ServiceNetwork?>(StringComparer.Ordinal);
        switch (node)
        {
            case YSequence list:
                foreach (var name in reader.StringList(list, path))
                {
                    builder[name] = null;
                }

                break;
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    builder[entry.Name] = entry.Value is YMapping options ? Options(options, path.Key(entry.Name), reader) : null;
                }

                break;
        }

        return builder.ToImmutable();
    }

    private static ServiceNetwork Options(YMapping m, YPath path, NodeReader reader) => new()
    {
        Aliases = reader.StringList(m["aliases"], path.Key("aliases")),
        Ipv4Address = reader.String(m["ipv4_address"], path.Key("ipv4_address")),
        Ipv6Address = reader.String(m["ipv6_address"], path.Key("ipv6_address")),
        MacAddress = reader.String(m["mac_address"], path.Key("mac_address")),
        LinkLocalIps = reader.StringList(m["link_local_ips"], path.Key("link_local_ips")),
        Priority = reader.Int(m["priority"], path.Key("priority")),
        InterfaceName = reader.String(m["interface_name"], path.Key("interface_name")),
        Options = PlainData.Map(m.Entries.Where(e => !Known.Contains(e.Name))),
    };
}

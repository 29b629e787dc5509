using System.Collections.Immutable;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Normalises <c>depends_on</c>: a list of names means condition service_started, required, no restart.</summary>
internal static class DependsOnMapper
{
    public static IReadOnlyDictionary<string, ServiceDependency> Map(YNode? node, YPath path, NodeReader reader)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ServiceDependency>(StringComparer.Ordinal);
        switch (node)
        {
            case YSequence list:
                foreach (var name in reader.StringList(list, path))
                {
                    builder[name] = new ServiceDependency(ServiceDependency.Started, Restart: false, Required: true);
                }

                break;
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var p = path.Key(entry.Name);
                    var options = entry.Value as YMapping;
                    builder[entry.Name] = new ServiceDependency(
                        reader.String(options?["condition"], p.Key("condition")) ?? ServiceDependency.Started,
                        reader.Bool(options?["restart"], p.Key("restart")) ?? false,
                        reader.Bool(options?["required"], p.Key("required")) ?? true);
                }

                break;
        }

        return builder.ToImmutable();
    }
}

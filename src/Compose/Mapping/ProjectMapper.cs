using System.Collections.Immutable;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Maps a merged, validated project tree to a <see cref="ComposeProject"/>.</summary>
internal static class ProjectMapper
{
    public static ComposeProject Map(YMapping root, MappingContext context)
    {
        var services = ImmutableSortedDictionary.CreateBuilder<string, ComposeService>(StringComparer.Ordinal);
        if (root["services"] is YMapping serviceMap)
        {
            foreach (var entry in serviceMap.Entries)
            {
                var service = entry.Value as YMapping ?? YMapping.Empty(entry.Value.Mark);
                services[entry.Name] = ServiceMapper.Map(entry.Name, service, YPath.Root.Key("services").Key(entry.Name), context);
            }
        }

        var networks = TopLevelMapper.Networks(root["networks"], context);
        if (!networks.ContainsKey("default") && services.Values.Any(s => s.Networks.ContainsKey("default")))
        {
            networks = ((ImmutableSortedDictionary<string, ComposeNetwork>)networks).Add("default", new ComposeNetwork($"{context.ProjectName}_default"));
        }

        return new ComposeProject(
            context.ProjectName,
            context.WorkingDirectory,
            services.ToImmutable(),
            networks,
            TopLevelMapper.Volumes(root["volumes"], context),
            TopLevelMapper.FileObjects("secrets", root["secrets"], context),
            TopLevelMapper.FileObjects("configs", root["configs"], context),
            PlainData.Extensions(root));
    }
}

using HostPool.Compose.Merge;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Resolves <c>extends</c>: the base service (from the same file or another, itself extended first) is merged under
/// the extending service by the merge rules. Relative paths of a base from another folder keep pointing at that folder.
/// </summary>
internal sealed class ExtendsResolver(LoadSession session)
{
    private readonly HashSet<string> validated = new(StringComparer.Ordinal);

    public async Task<YMapping> ResolveAsync(YMapping root, string path, ProjectEnvironment environment)
    {
        if (root["services"] is not YMapping services || !services.Entries.Any(e => e.Value is YMapping m && m.Contains("extends")))
        {
            return root;
        }

        var entries = new List<YEntry>(services.Entries.Count);
        foreach (var entry in services.Entries)
        {
            var resolved = entry.Value is YMapping service
                ? await ResolveServiceAsync(entry.Name, service, path, services, environment, [])
                : entry.Value;
            entries.Add(entry with { Value = resolved });
        }

        return root.With("services", new YMapping(entries, services.Mark, services.Tag));
    }

    private async Task<YMapping> ResolveServiceAsync(
        string name, YMapping service, string path, YMapping siblings, ProjectEnvironment environment, IReadOnlyList<string> chain)
    {
        if (service["extends"] is not { } extends)
        {
            return service;
        }

        var local = service.Without("extends");
        var servicePath = YPath.Root.Key("services").Key(name).Key("extends");
        var key = $"{path}#{name}";
        if (chain.Contains(key))
        {
            var cycle = string.Join(" -> ", chain.Append(key).Select(k => k[(k.LastIndexOf('#') + 1)..]));
            session.Diagnostics.Error(extends.Mark, servicePath, $"extends cycle detected: {cycle}; break the cycle");
            return local;
        }

        var (baseName, baseFile) = extends switch
        {
            YMapping m => ((m["service"] as YScalar)?.Value, (m["file"] as YScalar)?.Value),
            YScalar s => (s.Value, null),
            _ => (null, null),
        };
        if (baseName is null)
        {
            return local;
        }

        var basePath = baseFile is null ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, baseFile));
        var baseServices = siblings;
        if (baseFile is not null)
        {
            var baseRoot = await session.InterpolateAsync(basePath, environment, extends.Mark, validate: false);
            if (baseRoot is null)
            {
                return local;
            }

            baseServices = baseRoot["services"] as YMapping ?? YMapping.Empty(baseRoot.Mark);
        }

        if (baseServices[baseName] is not YMapping baseService)
        {
            session.Diagnostics.Error(extends.Mark, servicePath, $"service \"{name}\" extends undefined service \"{baseName}\" in {basePath}; define it or fix the name");
            return local;
        }

        if (baseFile is not null && validated.Add($"{basePath}#{baseName}"))
        {
            var single = new YMapping([new YEntry(YScalar.Text("services", baseServices.Mark), new YMapping([baseServices.Find(baseName)!], baseServices.Mark))], baseService.Mark);
            if (!Schema.SchemaValidator.Validate(single, session.Diagnostics))
            {
                return local;
            }
        }

        var resolvedBase = await ResolveServiceAsync(baseName, baseService, basePath, baseServices, environment, [.. chain, key]);
        if (Path.GetDirectoryName(basePath) != Path.GetDirectoryName(path))
        {
            resolvedBase = PathRebaser.RebaseService(resolvedBase, Path.GetDirectoryName(basePath)!);
        }

        return (YMapping)TreeMerger.Merge(resolvedBase, local, "services.*");
    }
}

using System.Collections.Immutable;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Maps the top-level <c>networks</c>, <c>volumes</c>, <c>secrets</c> and <c>configs</c>. Engine-side names are
/// <c>PROJECT_KEY</c> unless <c>name</c> is set; an external entry keeps its own name (the deprecated
/// <c>external.name</c> is read as <c>name</c>).
/// </summary>
internal static class TopLevelMapper
{
    public static IReadOnlyDictionary<string, ComposeNetwork> Networks(YNode? node, MappingContext context)
        => Each(node, YPath.Root.Key("networks"), context, (key, m, path) =>
        {
            var r = context.Reader;
            var (name, external) = NameAndExternal(key, m, path, context);
            ConflictsWithExternal(m, path, external, r, "driver", "driver_opts", "labels", "ipam");
            return new ComposeNetwork(name)
            {
                Driver = r.String(m?["driver"], path.Key("driver")),
                DriverOpts = r.KeyValues(m?["driver_opts"], path.Key("driver_opts")),
                External = external,
                Internal = r.Bool(m?["internal"], path.Key("internal")) ?? false,
                Attachable = r.Bool(m?["attachable"], path.Key("attachable")) ?? false,
                EnableIpv6 = r.Bool(m?["enable_ipv6"], path.Key("enable_ipv6")),
                Ipam = PlainData.From(m?["ipam"]),
                Labels = r.Labels(m?["labels"], path.Key("labels")),
                Extensions = PlainData.Extensions(m),
            };
        });

    public static IReadOnlyDictionary<string, ComposeVolume> Volumes(YNode? node, MappingContext context)
        => Each(node, YPath.Root.Key("volumes"), context, (key, m, path) =>
        {
            var r = context.Reader;
            var (name, external) = NameAndExternal(key, m, path, context);
            ConflictsWithExternal(m, path, external, r, "driver", "driver_opts", "labels");
            return new ComposeVolume(name)
            {
                Driver = r.String(m?["driver"], path.Key("driver")),
                DriverOpts = r.KeyValues(m?["driver_opts"], path.Key("driver_opts")),
                External = external,
                Labels = r.Labels(m?["labels"], path.Key("labels")),
                Extensions = PlainData.Extensions(m),
            };
        });

    public static IReadOnlyDictionary<string, ComposeFileObject> FileObjects(string section, YNode? node, MappingContext context)
        => Each(node, YPath.Root.Key(section), context, (key, m, path) =>
        {
            var r = context.Reader;
            var (name, external) = NameAndExternal(key, m, path, context);
            var file = r.String(m?["file"], path.Key("file"));
            var environment = r.String(m?["environment"], path.Key("environment"));
            var content = r.String(m?["content"], path.Key("content"));
            var sources = new[] { file, environment, content }.Count(v => v is not null) + (external ? 1 : 0);
            if (sources > 1)
            {
                r.Diagnostics.Error(m!.Mark, path, "set only one of file, environment, content and external");
            }
            else if (sources == 0 && r.String(m?["driver"], path.Key("driver")) is null)
            {
                r.Diagnostics.Error(m?.Mark ?? SourceMark.None, path, "needs a source: set file, environment, content or external: true");
            }

            return new ComposeFileObject(name)
            {
                File = file is null ? null : context.Paths.Resolve(file),
                Environment = environment,
                Content = content,
                External = external,
                Driver = r.String(m?["driver"], path.Key("driver")),
                TemplateDriver = r.String(m?["template_driver"], path.Key("template_driver")),
                Labels = r.Labels(m?["labels"], path.Key("labels")),
                Extensions = PlainData.Extensions(m),
            };
        });

    private static IReadOnlyDictionary<string, T> Each<T>(YNode? node, YPath path, MappingContext context, Func<string, YMapping?, YPath, T> map)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        if (node is YMapping mapping)
        {
            foreach (var entry in mapping.Entries.Where(e => !e.Name.StartsWith("x-", StringComparison.Ordinal)))
            {
                builder[entry.Name] = map(entry.Name, entry.Value as YMapping, path.Key(entry.Name));
            }
        }

        return builder.ToImmutable();
    }

    private static (string Name, bool External) NameAndExternal(string key, YMapping? m, YPath path, MappingContext context)
    {
        var r = context.Reader;
        var name = r.String(m?["name"], path.Key("name"));
        var externalNode = m?["external"];
        var external = false;
        if (externalNode is YMapping externalMapping)
        {
            external = true;
            var externalName = r.String(externalMapping["name"], path.Key("external").Key("name"));
            if (externalName is not null && name is not null && externalName != name)
            {
                r.Diagnostics.Error(externalNode.Mark, path, "name and external.name conflict; only use name");
            }

            name ??= externalName;
        }
        else if (externalNode is not null)
        {
            external = r.Bool(externalNode, path.Key("external")) ?? false;
        }

        return (name ?? (external ? key : $"{context.ProjectName}_{key}"), external);
    }

    private static void ConflictsWithExternal(YMapping? m, YPath path, bool external, NodeReader reader, params string[] keys)
    {
        if (!external || m is null)
        {
            return;
        }

        foreach (var key in keys.Where(m.Contains))
        {
            reader.Diagnostics.Error(m[key]!.Mark, path, $"conflicting parameters \"external\" and \"{key}\" specified; an external resource is created outside the project, so remove \"{key}\"");
        }
    }
}

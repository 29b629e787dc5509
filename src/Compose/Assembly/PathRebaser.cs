using HostPool.Compose.Mapping;
using HostPool.Compose.Merge;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Makes the relative host paths of services (and of top-level secrets and configs) absolute against the folder of
/// the file they were written in, so that an extended or included file's paths keep their meaning elsewhere.
/// </summary>
internal static class PathRebaser
{
    public static YMapping RebaseProject(YMapping root, string directory)
    {
        var result = root;
        if (root["services"] is YMapping services)
        {
            result = result.With("services", MapEntries(services, s => s is YMapping m ? RebaseService(m, directory) : s));
        }

        foreach (var section in new[] { "secrets", "configs" })
        {
            if (root[section] is YMapping objects)
            {
                result = result.With(section, MapEntries(objects, o => o is YMapping m && m["file"] is YScalar file ? m.With("file", Absolute(file, directory)) : o));
            }
        }

        return result;
    }

    public static YMapping RebaseService(YMapping service, string directory)
    {
        var result = service;
        switch (service["build"])
        {
            case YScalar context when !PathResolver.IsRemote(context.Value):
                result = result.With("build", Absolute(context, directory));
                break;
            case YMapping build when build["context"] is YScalar context && !PathResolver.IsRemote(context.Value):
                result = result.With("build", build.With("context", Absolute(context, directory)));
                break;
        }

        foreach (var key in new[] { "env_file", "label_file" })
        {
            if (service[key] is { } files)
            {
                result = result.With(key, RebaseFileList(files, directory));
            }
        }

        if (service["volumes"] is YSequence volumes)
        {
            result = result.With("volumes", new YSequence(volumes.Items.Select(v => RebaseVolume(v, directory)).ToList(), volumes.Mark, volumes.Tag));
        }

        return result;
    }

    private static YNode RebaseFileList(YNode files, string directory) => files switch
    {
        YScalar file => Absolute(file, directory),
        YSequence list => new YSequence(list.Items.Select(i => i switch
        {
            YScalar file => Absolute(file, directory),
            YMapping { } m when m["path"] is YScalar file => m.With("path", Absolute(file, directory)),
            _ => i,
        }).ToList(), list.Mark, list.Tag),
        _ => files,
    };

    private static YNode RebaseVolume(YNode volume, string directory)
    {
        switch (volume)
        {
            case YScalar scalar:
                var parts = VolumeSpecSplitter.Split(scalar.Value);
                if (parts.Count >= 2 && parts[0].StartsWith('.'))
                {
                    var source = Path.GetFullPath(Path.Combine(directory, parts[0]));
                    return new YScalar(string.Join(':', [source, .. parts.Skip(1)]), false, scalar.Mark, scalar.Tag);
                }

                return volume;
            case YMapping m when m["type"] is YScalar { Value: "bind" } && m["source"] is YScalar source && source.Value.StartsWith('.'):
                return m.With("source", Absolute(source, directory));
            default:
                return volume;
        }
    }

    private static YScalar Absolute(YScalar path, string directory)
    {
        var value = path.Value;
        if (value.Length == 0 || value.StartsWith('~') || Path.IsPathRooted(value))
        {
            return path;
        }

        return new YScalar(Path.GetFullPath(Path.Combine(directory, value)), false, path.Mark, path.Tag);
    }

    private static YMapping MapEntries(YMapping mapping, Func<YNode, YNode> map)
        => new(mapping.Entries.Select(e => e with { Value = map(e.Value) }).ToList(), mapping.Mark, mapping.Tag);
}

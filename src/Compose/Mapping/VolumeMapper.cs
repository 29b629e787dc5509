using HostPool.Compose.Merge;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Normalises service <c>volumes</c>: short syntax <c>[SOURCE:]TARGET[:MODE]</c> (a source that looks like a path is
/// a bind mount, otherwise a named volume; no source is an anonymous volume) and the long syntax.
/// </summary>
internal static class VolumeMapper
{
    private static readonly HashSet<string> Propagations = ["shared", "rshared", "slave", "rslave", "private", "rprivate"];
    private static readonly HashSet<string> Consistencies = ["cached", "delegated", "consistent", "default"];

    public static IReadOnlyList<ServiceVolume> Map(YNode? node, YPath path, MappingContext context)
    {
        if (node is not YSequence sequence)
        {
            return [];
        }

        var volumes = new List<ServiceVolume>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var volume = item is YMapping mapping
                ? Long(mapping, path.Index(i), context)
                : context.Reader.String(item, path.Index(i)) is { } text ? Short(text, item.Mark, path.Index(i), context) : null;
            if (volume is not null)
            {
                volumes.Add(volume);
            }
        }

        return volumes;
    }

    private static ServiceVolume? Short(string text, SourceMark mark, YPath path, MappingContext context)
    {
        var parts = VolumeSpecSplitter.Split(text);
        if (parts.Count > 3 || parts.Any(p => p.Length == 0))
        {
            context.Reader.Diagnostics.Error(mark, path, $"invalid volume \"{text}\" (expected [SOURCE:]TARGET[:MODE], e.g. data:/var/lib/data:ro)");
            return null;
        }

        if (parts.Count == 1)
        {
            return new ServiceVolume("volume", null, parts[0]);
        }

        var source = parts[0];
        var target = parts[1];
        var isBind = PathResolver.IsHostPath(source);
        var volume = isBind
            ? new ServiceVolume("bind", context.Paths.Resolve(source), target) { BindCreateHostPath = true }
            : new ServiceVolume("volume", source, target);
        if (parts.Count == 3)
        {
            foreach (var option in parts[2].Split(','))
            {
                volume = option switch
                {
                    "ro" => volume with { ReadOnly = true },
                    "rw" => volume with { ReadOnly = false },
                    "z" or "Z" => volume with { BindSelinux = option },
                    "nocopy" => volume with { VolumeNoCopy = true },
                    _ when Consistencies.Contains(option) => volume with { Consistency = option },
                    _ when Propagations.Contains(option) && isBind => volume with { BindPropagation = option },
                    _ => Unknown(option),
                };
            }
        }

        return volume;

        ServiceVolume Unknown(string option)
        {
            context.Reader.Diagnostics.Error(mark, path, $"invalid volume \"{text}\": unknown mode \"{option}\" (use ro, rw, z, Z, nocopy, a consistency or a bind propagation)");
            return volume;
        }
    }

    private static ServiceVolume? Long(YMapping mapping, YPath path, MappingContext context)
    {
        var reader = context.Reader;
        var type = reader.String(mapping["type"], path.Key("type")) ?? "volume";
        var source = reader.String(mapping["source"], path.Key("source"));
        var target = reader.String(mapping["target"], path.Key("target"));
        if (type == "bind" && string.IsNullOrEmpty(source))
        {
            reader.Diagnostics.Error(mapping.Mark, path, "invalid mount config for type \"bind\": field Source must not be empty (set source to a host path)");
            return null;
        }

        if (string.IsNullOrEmpty(target) && type != "image")
        {
            reader.Diagnostics.Error(mapping.Mark, path, $"invalid mount config for type \"{type}\": field Target must not be empty (set target to a path in the container)");
            return null;
        }

        if (type == "tmpfs" && !string.IsNullOrEmpty(source))
        {
            reader.Diagnostics.Error(mapping.Mark, path, "invalid mount config for type \"tmpfs\": a tmpfs mount has no source; remove it");
        }

        if (type == "bind")
        {
            source = context.Paths.Resolve(source!);
        }

        var bind = mapping["bind"] as YMapping;
        var volume = mapping["volume"] as YMapping;
        var tmpfs = mapping["tmpfs"] as YMapping;
        return new ServiceVolume(type, string.IsNullOrEmpty(source) ? null : source, target ?? string.Empty)
        {
            ReadOnly = reader.Bool(mapping["read_only"], path.Key("read_only")) ?? false,
            Consistency = reader.String(mapping["consistency"], path.Key("consistency")),
            BindPropagation = reader.String(bind?["propagation"], path.Key("bind").Key("propagation")),
            BindCreateHostPath = reader.Bool(bind?["create_host_path"], path.Key("bind").Key("create_host_path")),
            BindSelinux = reader.String(bind?["selinux"], path.Key("bind").Key("selinux")),
            VolumeNoCopy = reader.Bool(volume?["nocopy"], path.Key("volume").Key("nocopy")),
            VolumeSubpath = reader.String(volume?["subpath"], path.Key("volume").Key("subpath")),
            TmpfsSizeBytes = reader.Bytes(tmpfs?["size"], path.Key("tmpfs").Key("size")),
            TmpfsMode = reader.FileMode(tmpfs?["mode"], path.Key("tmpfs").Key("mode")),
            Extensions = PlainData.Extensions(mapping),
        };
    }
}

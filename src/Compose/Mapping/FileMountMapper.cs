using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Normalises a service's <c>secrets</c> or <c>configs</c>. The short form names the object; its target defaults to
/// <c>/run/secrets/NAME</c> for secrets and <c>/NAME</c> for configs.
/// </summary>
internal static class FileMountMapper
{
    public static IReadOnlyList<ServiceFileMount> Map(YNode? node, YPath path, NodeReader reader, string defaultDirectory)
    {
        if (node is not YSequence sequence)
        {
            return [];
        }

        var list = new List<ServiceFileMount>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = path.Index(i);
            switch (sequence.Items[i])
            {
                case YMapping m:
                    var source = reader.String(m["source"], itemPath.Key("source"));
                    if (source is null)
                    {
                        reader.Diagnostics.Error(m.Mark, itemPath, "needs a source (the name of a top-level entry)");
                        continue;
                    }

                    list.Add(new ServiceFileMount(source, reader.String(m["target"], itemPath.Key("target")) ?? defaultDirectory + source)
                    {
                        Uid = reader.String(m["uid"], itemPath.Key("uid")),
                        Gid = reader.String(m["gid"], itemPath.Key("gid")),
                        Mode = reader.FileMode(m["mode"], itemPath.Key("mode")),
                        Extensions = PlainData.Extensions(m),
                    });
                    break;
                case var item when reader.String(item, itemPath) is { } name:
                    list.Add(new ServiceFileMount(name, defaultDirectory + name));
                    break;
            }
        }

        return list;
    }
}

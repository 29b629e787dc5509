using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Normalises <c>build</c>: a string is the context; a local context becomes an absolute path.</summary>
internal static class BuildMapper
{
    private static readonly HashSet<string> Typed = ["context", "dockerfile", "dockerfile_inline", "target", "args"];

    public static ServiceBuild? Map(YNode? node, YPath path, MappingContext context)
    {
        var r = context.Reader;
        switch (node)
        {
            case null:
                return null;
            case YMapping m:
                var given = r.String(m["context"], path.Key("context"));
                return new ServiceBuild(Context(given ?? ".", context), r.String(m["dockerfile"], path.Key("dockerfile")))
                {
                    DockerfileInline = r.String(m["dockerfile_inline"], path.Key("dockerfile_inline")),
                    Target = r.String(m["target"], path.Key("target")),
                    Args = r.KeyValues(m["args"], path.Key("args")),
                    Options = PlainData.Map(m.Entries.Where(e => !Typed.Contains(e.Name))),
                };
            default:
                return r.String(node, path) is { } text ? new ServiceBuild(Context(text, context), null) : null;
        }
    }

    private static string Context(string text, MappingContext context) => PathResolver.IsRemote(text) ? text : context.Paths.Resolve(text);
}

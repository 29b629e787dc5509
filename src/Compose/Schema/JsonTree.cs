using HostPool.Compose.Yaml;
using Newtonsoft.Json.Linq;

namespace HostPool.Compose.Schema;

/// <summary>
/// A compose tree converted to JSON for the schema validator, with each JSON token mapped back to the YAML node
/// and attribute path it came from. Entries tagged <c>!reset</c> are left out: they remove values, not set them.
/// </summary>
internal sealed class JsonTree
{
    private readonly Dictionary<JToken, (YNode Node, YPath Path)> origins = new(ReferenceEqualityComparer.Instance);

    private JsonTree(YNode root)
    {
        Root = Convert(root, YPath.Root);
    }

    public JToken Root { get; }

    public static JsonTree From(YNode root) => new(root);

    /// <summary>The node and path of <paramref name="token"/>, or of its nearest ancestor that has one.</summary>
    public (YNode Node, YPath Path)? OriginOf(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (origins.TryGetValue(t, out var origin))
            {
                return origin;
            }
        }

        return null;
    }

    private JToken Convert(YNode node, YPath path)
    {
        JToken token = node switch
        {
            YMapping mapping => ConvertMapping(mapping, path),
            YSequence sequence => new JArray(sequence.Items.Select((item, i) => Convert(item, path.Index(i)))),
            YScalar scalar => ConvertScalar(scalar),
            _ => JValue.CreateNull(),
        };
        origins[token] = (node, path);
        return token;
    }

    private JObject ConvertMapping(YMapping mapping, YPath path)
    {
        var result = new JObject();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value.IsReset)
            {
                continue;
            }

            result[entry.Name] = Convert(entry.Value, path.Key(entry.Name));
        }

        return result;
    }

    private static JValue ConvertScalar(YScalar scalar)
    {
        var value = ScalarResolver.Resolve(scalar);
        return value.Kind switch
        {
            ScalarKind.Null => JValue.CreateNull(),
            ScalarKind.Bool => new JValue((bool)value.Value!),
            ScalarKind.Int => new JValue((long)value.Value!),
            ScalarKind.Float => new JValue((double)value.Value!),
            _ => new JValue((string)value.Value!),
        };
    }
}

using HostPool.Compose.Yaml;

namespace HostPool.Compose.Validation;

/// <summary>Finds where an attribute was written, for diagnostics about the mapped model.</summary>
internal sealed class TreeMarks(YMapping root)
{
    /// <summary>The mark of the node at <paramref name="path"/>, or of its deepest ancestor that exists.</summary>
    public SourceMark Of(YPath path) => Walk(path).LastOrDefault()?.Mark ?? root.Mark;

    public bool Has(YPath path) => Walk(path).Count() == path.Segments().Count;

    /// <summary>The nodes along <paramref name="path"/>, as far as it exists.</summary>
    private IEnumerable<YNode> Walk(YPath path)
    {
        YNode? node = root;
        foreach (var segment in path.Segments())
        {
            node = (node, segment) switch
            {
                (YMapping m, string key) => m[key],
                (YSequence s, int i) when i < s.Items.Count => s.Items[i],
                _ => null,
            };
            if (node is null)
            {
                yield break;
            }

            yield return node;
        }
    }
}

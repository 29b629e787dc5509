using HostPool.Compose.Yaml;

namespace HostPool.Compose.Validation;

/// <summary>Finds where an attribute was written, for diagnostics about the mapped model.</summary>
internal sealed class TreeMarks(YMapping root)
{
    public SourceMark Of(YPath path)
    {
        YNode? node = root;
        var best = root.Mark;
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
                break;
            }

            best = node.Mark;
        }

        return best;
    }

    public bool Has(YPath path)
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
                return false;
            }
        }

        return true;
    }
}

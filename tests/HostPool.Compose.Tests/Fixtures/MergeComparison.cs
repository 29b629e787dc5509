using HostPool.Compose.Merge;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>
/// A canonical text of a merged raw tree for comparison: keys sorted, scalars as text, and the KEY=VALUE list form
/// of environment and labels read as a mapping (compose-go writes merged ones as lists).
/// </summary>
internal static class MergeComparison
{
    private static readonly HashSet<string> KeyValueAttributes = ["environment", "labels", "annotations", "args", "sysctls"];

    public static string Canonical(YNode node) => Write(node, null);

    private static string Write(YNode node, string? key)
    {
        if (key is not null && KeyValueAttributes.Contains(key))
        {
            node = ListOrDict.ToMapping(node);
        }

        return node switch
        {
            YMapping m => "{" + string.Join(",", m.Entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => $"{e.Name}:{Write(e.Value, e.Name)}")) + "}",
            YSequence s => "[" + string.Join(",", s.Items.Select(i => Write(i, null))) + "]",
            YScalar s => ScalarResolver.Resolve(s).Kind == ScalarKind.Null ? "~" : "'" + s.Value + "'",
            _ => "?",
        };
    }
}

using System.Collections;
using System.Text.RegularExpressions;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>
/// Reads a value out of the canonical project tree by a fixture path: dotted keys (a key that itself holds dots is
/// matched greedily), <c>[n]</c> list items, and <c>count(path)</c> for a list's length.
/// </summary>
internal static partial class TreePathNavigator
{
    public static (bool Found, object? Value) Read(object? root, string path)
    {
        var count = CountPattern().Match(path);
        if (count.Success)
        {
            var (found, list) = Read(root, count.Groups[1].Value);
            return found && list is ICollection c ? (true, (long)c.Count) : (found && list is IEnumerable e and not string ? (true, (long)e.Cast<object?>().Count()) : (true, 0L));
        }

        var segments = path.Split('.');
        return Walk(root, segments, 0);
    }

    private static (bool, object?) Walk(object? node, string[] segments, int at)
    {
        if (at == segments.Length)
        {
            return (true, node);
        }

        if (node is not IReadOnlyDictionary<string, object?> map)
        {
            return (false, null);
        }

        for (var take = segments.Length - at; take >= 1; take--)
        {
            var joined = string.Join('.', segments, at, take);
            var (key, indexes) = SplitIndexes(joined);
            if (!map.TryGetValue(key, out var value))
            {
                continue;
            }

            foreach (var index in indexes)
            {
                if (value is not IList list || index >= list.Count)
                {
                    return (false, null);
                }

                value = list[index];
            }

            return Walk(value, segments, at + take);
        }

        return (false, null);
    }

    private static (string Key, IReadOnlyList<int> Indexes) SplitIndexes(string segment)
    {
        var indexes = new List<int>();
        while (segment.EndsWith(']'))
        {
            var open = segment.LastIndexOf('[');
            if (open < 0 || !int.TryParse(segment[(open + 1)..^1], out var index))
            {
                break;
            }

            indexes.Insert(0, index);
            segment = segment[..open];
        }

        return (segment, indexes);
    }

    [GeneratedRegex(@"^count\((.+)\)$")]
    private static partial Regex CountPattern();
}

using HostPool.Compose.Yaml;

namespace HostPool.Compose.Merge;

/// <summary>
/// Turns the list forms of compose attributes into their mapping forms so that they merge key by key:
/// <c>KEY=VALUE</c> lists (environment, labels), <c>host:ip</c> lists (extra_hosts), and lists of names
/// (service networks, depends_on).
/// </summary>
internal static class ListOrDict
{
    public static YNode ToMapping(YNode node, char separator = '=')
    {
        if (node is not YSequence sequence)
        {
            return node;
        }

        var entries = new List<YEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YScalar scalar)
            {
                return node;
            }

            var text = scalar.Value;
            var at = text.IndexOf(separator);
            YEntry entry = at < 0
                ? new YEntry(YScalar.Text(text, scalar.Mark), YScalar.Null(scalar.Mark))
                : new YEntry(YScalar.Text(text[..at], scalar.Mark), YScalar.Text(text[(at + 1)..], scalar.Mark));
            if (seen.TryGetValue(entry.Name, out var index))
            {
                entries[index] = entry;
            }
            else
            {
                seen[entry.Name] = entries.Count;
                entries.Add(entry);
            }
        }

        return new YMapping(entries, node.Mark, node.Tag);
    }

    /// <summary>A list of names becomes a mapping of each name to <paramref name="valueFor"/> (null when it returns null).</summary>
    public static YNode NamesToMapping(YNode node, Func<SourceMark, YNode>? valueFor = null)
    {
        if (node is not YSequence sequence)
        {
            return node;
        }

        var entries = new List<YEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YScalar scalar)
            {
                return node;
            }

            if (names.Add(scalar.Value))
            {
                entries.Add(new YEntry(YScalar.Text(scalar.Value, scalar.Mark), valueFor?.Invoke(scalar.Mark) ?? YScalar.Null(scalar.Mark)));
            }
        }

        return new YMapping(entries, node.Mark, node.Tag);
    }

    /// <summary>extra_hosts list entries are <c>host:ip</c> or <c>host=ip</c>; IPv6 addresses contain colons, so split at the first separator.</summary>
    public static YNode HostsToMapping(YNode node)
    {
        if (node is not YSequence sequence || sequence.Items.Any(i => i is not YScalar))
        {
            return node;
        }

        var entries = new List<YEntry>();
        foreach (var scalar in sequence.Items.Cast<YScalar>())
        {
            var text = scalar.Value;
            var at = text.IndexOf('=');
            if (at < 0)
            {
                at = text.IndexOf(':');
            }

            var key = at < 0 ? text : text[..at];
            var value = at < 0 ? string.Empty : text[(at + 1)..];
            entries.Add(new YEntry(YScalar.Text(key, scalar.Mark), YScalar.Text(value, scalar.Mark)));
        }

        return new YMapping(entries, node.Mark, node.Tag);
    }
}

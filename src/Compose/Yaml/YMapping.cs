namespace HostPool.Compose.Yaml;

/// <summary>A mapping with its entries in document order; keys are unique.</summary>
internal sealed class YMapping(IReadOnlyList<YEntry> entries, SourceMark mark, string? tag = null) : YNode(mark, tag)
{
    private Dictionary<string, YEntry>? index;

    public IReadOnlyList<YEntry> Entries { get; } = entries;

    public static YMapping Empty(SourceMark mark) => new([], mark);

    public YNode? this[string key] => Find(key)?.Value;

    public YEntry? Find(string key)
    {
        if (Entries.Count < 8)
        {
            foreach (var entry in Entries)
            {
                if (entry.Name == key)
                {
                    return entry;
                }
            }

            return null;
        }

        index ??= BuildIndex();
        return index.GetValueOrDefault(key);
    }

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>, in place when it exists, appended otherwise.</summary>
    public YMapping With(string key, YNode value)
    {
        var list = new List<YEntry>(Entries.Count + 1);
        var replaced = false;
        foreach (var entry in Entries)
        {
            if (entry.Name == key)
            {
                list.Add(entry with { Value = value });
                replaced = true;
            }
            else
            {
                list.Add(entry);
            }
        }

        if (!replaced)
        {
            list.Add(new YEntry(YScalar.Text(key, value.Mark), value));
        }

        return new YMapping(list, Mark, Tag);
    }

    public YMapping Without(string key) => new(Entries.Where(e => e.Name != key).ToList(), Mark, Tag);

    public override YNode WithTag(string? tag) => new YMapping(Entries, Mark, tag);

    private Dictionary<string, YEntry> BuildIndex()
    {
        var built = new Dictionary<string, YEntry>(Entries.Count, StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            built.TryAdd(entry.Name, entry);
        }

        return built;
    }
}

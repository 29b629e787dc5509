namespace HostPool.Compose.Output;

/// <summary>A mapping under construction whose keys come out sorted; null and empty values are left out unless kept explicitly.</summary>
internal sealed class TreeBuilder
{
    private readonly SortedDictionary<string, object?> values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => values;

    public bool IsEmpty => values.Count == 0;

    public TreeBuilder Add(string key, object? value)
    {
        switch (value)
        {
            case null:
            case System.Collections.IEnumerable sequence when value is not string && !sequence.GetEnumerator().MoveNext():
            case TreeBuilder { IsEmpty: true }:
                return this;
            case TreeBuilder builder:
                values[key] = builder.Values;
                return this;
            default:
                values[key] = value;
                return this;
        }
    }

    /// <summary>Sets a value even when it is null (an attachment with default options, an unset variable).</summary>
    public TreeBuilder Keep(string key, object? value)
    {
        values[key] = value is TreeBuilder builder ? builder.Values : value;
        return this;
    }

    public TreeBuilder AddFlag(string key, bool value) => value ? Add(key, true) : this;

    public TreeBuilder AddAll(IReadOnlyDictionary<string, object?> entries)
    {
        foreach (var (key, value) in entries)
        {
            values[key] = value;
        }

        return this;
    }
}

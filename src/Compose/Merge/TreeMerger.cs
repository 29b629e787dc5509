using HostPool.Compose.Yaml;

namespace HostPool.Compose.Merge;

/// <summary>
/// Merges compose trees as <c>docker compose -f a -f b</c> does: each attribute by its <see cref="MergeRules"/>,
/// <c>!reset</c> removes a value, <c>!override</c> replaces it whole.
/// </summary>
internal static class TreeMerger
{
    public static YNode Merge(YNode baseNode, YNode overrideNode) => Merge(baseNode, overrideNode, string.Empty);

    /// <summary>Merges at a known pattern (e.g. <c>services.*</c> to merge one service over another).</summary>
    public static YNode Merge(YNode baseNode, YNode overrideNode, string pattern)
    {
        if (overrideNode.IsOverride)
        {
            return overrideNode.WithTag(null);
        }

        var strategy = MergeRules.For(pattern);
        switch (strategy)
        {
            case MergeStrategy.Replace:
                return overrideNode;
            case MergeStrategy.KeyValue:
                return MergeMappings((YMapping?)AsMapping(ListOrDict.ToMapping(baseNode)), ListOrDict.ToMapping(overrideNode), pattern, overrideNode);
            case MergeStrategy.Hosts:
                return MergeMappings(AsMapping(ListOrDict.HostsToMapping(baseNode)), ListOrDict.HostsToMapping(overrideNode), pattern, overrideNode);
            case MergeStrategy.NamedMapping:
                return MergeMappings(AsMapping(ListOrDict.NamesToMapping(baseNode)), ListOrDict.NamesToMapping(overrideNode), pattern, overrideNode);
            case MergeStrategy.ByTarget:
                return MergeByKey(baseNode, overrideNode, MountKeys.Of);
            case MergeStrategy.UniqueStrings:
                return MergeByKey(baseNode, overrideNode, n => n is YScalar s ? s.Value : null);
            case MergeStrategy.Logging:
                if (baseNode is YMapping baseLog && overrideNode is YMapping overLog
                    && overLog["driver"] is YScalar driver && baseLog["driver"] is YScalar baseDriver && driver.Value != baseDriver.Value)
                {
                    return overrideNode;
                }

                break;
        }

        return (baseNode, overrideNode) switch
        {
            (YMapping b, YMapping o) => MergeMappings(b, o, pattern, o),
            (YSequence b, YSequence o) => new YSequence([.. b.Items, .. o.Items], b.Mark),
            _ => overrideNode,
        };
    }

    private static YMapping? AsMapping(YNode node) => node as YMapping;

    private static YNode MergeMappings(YMapping? baseMapping, YNode overrideNode, string pattern, YNode original)
    {
        if (baseMapping is null || overrideNode is not YMapping over)
        {
            return original;
        }

        var entries = new List<YEntry>(baseMapping.Entries.Count + over.Entries.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in baseMapping.Entries)
        {
            positions[entry.Name] = entries.Count;
            entries.Add(entry);
        }

        var removed = new HashSet<int>();
        foreach (var entry in over.Entries)
        {
            if (positions.TryGetValue(entry.Name, out var at))
            {
                if (entry.Value.IsReset)
                {
                    removed.Add(at);
                    continue;
                }

                var merged = Merge(entries[at].Value, entry.Value, MergeRules.Child(pattern, entry.Name));
                entries[at] = entries[at] with { Value = merged };
                removed.Remove(at);
            }
            else if (!entry.Value.IsReset)
            {
                positions[entry.Name] = entries.Count;
                entries.Add(entry with { Value = entry.Value.IsOverride ? entry.Value.WithTag(null) : entry.Value });
            }
        }

        var result = removed.Count == 0 ? entries : entries.Where((_, i) => !removed.Contains(i)).ToList();
        return new YMapping(result, baseMapping.Mark, baseMapping.Tag);
    }

    private static YNode MergeByKey(YNode baseNode, YNode overrideNode, Func<YNode, string?> keyOf)
    {
        var baseItems = AsItems(baseNode);
        var overItems = AsItems(overrideNode);
        if (baseItems is null || overItems is null)
        {
            return overrideNode;
        }

        return Unicity.Collapse(new YSequence([.. baseItems, .. overItems], baseNode.Mark), keyOf);
    }

    private static IReadOnlyList<YNode>? AsItems(YNode node) => node switch
    {
        YSequence sequence => sequence.Items,
        YScalar { IsPlain: true, Value: "" } => [],
        YScalar scalar => [scalar],
        _ => null,
    };
}

namespace HostPool.Compose.Yaml;

/// <summary>Removes entries tagged <c>!reset</c> and drops <c>!override</c> tags once every merge is done.</summary>
internal static class ResetStripper
{
    public static YNode Strip(YNode node) => node switch
    {
        YMapping mapping => new YMapping(
            mapping.Entries.Where(e => !e.Value.IsReset).Select(e => e with { Value = Strip(e.Value) }).ToList(), mapping.Mark),
        YSequence sequence => new YSequence(sequence.Items.Where(i => !i.IsReset).Select(Strip).ToList(), sequence.Mark),
        _ => node.Tag is null ? node : node.WithTag(null),
    };
}

namespace HostPool.Compose.Yaml;

/// <summary>A sequence of nodes.</summary>
internal sealed class YSequence(IReadOnlyList<YNode> items, SourceMark mark, string? tag = null) : YNode(mark, tag)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override YNode WithTag(string? tag) => new YSequence(Items, Mark, tag);
}

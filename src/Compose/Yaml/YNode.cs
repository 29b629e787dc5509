namespace HostPool.Compose.Yaml;

/// <summary>
/// One node of a compose document as read from YAML, before any type is known: the raw, position-carrying
/// form that interpolation, extends, include and merging work on. Nodes are immutable; transforms build new ones.
/// </summary>
internal abstract class YNode(SourceMark mark, string? tag)
{
    public SourceMark Mark { get; } = mark;

    /// <summary>An explicit local tag such as <c>!reset</c> or <c>!override</c>, or null.</summary>
    public string? Tag { get; } = tag;

    public bool IsReset => Tag == YTags.Reset;

    public bool IsOverride => Tag == YTags.Override;

    public abstract YNode WithTag(string? tag);
}

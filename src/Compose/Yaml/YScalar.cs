namespace HostPool.Compose.Yaml;

/// <summary>A scalar with its text; <see cref="IsPlain"/> is false when it was quoted, a block, or produced by interpolation.</summary>
internal sealed class YScalar(string value, bool isPlain, SourceMark mark, string? tag = null) : YNode(mark, tag)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    public static YScalar Text(string value, SourceMark mark) => new(value, isPlain: false, mark);

    public static YScalar Null(SourceMark mark) => new(string.Empty, isPlain: true, mark);

    public override YNode WithTag(string? tag) => new YScalar(Value, IsPlain, Mark, tag);

    public override string ToString() => Value;
}

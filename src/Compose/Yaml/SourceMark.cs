namespace HostPool.Compose.Yaml;

/// <summary>Where a node was written: file, 1-based line and column.</summary>
internal readonly record struct SourceMark(string File, int Line, int Column)
{
    public static SourceMark None { get; } = new(string.Empty, 0, 0);
}

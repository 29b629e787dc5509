namespace HostPool.Compose.Mapping;

/// <summary>
/// What mapping a merged tree to the domain needs besides the tree: the project's name and folder, the
/// interpolation environment (for bare environment keys), and the text of every env file the project names
/// (null when the file does not exist), read beforehand so that mapping does no I/O.
/// </summary>
internal sealed record MappingContext(
    string ProjectName,
    string WorkingDirectory,
    Func<string, string?> Lookup,
    IReadOnlyDictionary<string, string?> FileContents,
    NodeReader Reader)
{
    public PathResolver Paths { get; } = new(WorkingDirectory, Lookup("HOME"));
}

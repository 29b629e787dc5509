namespace HostPool.Compose.Model;

/// <summary>
/// A top-level secret or config: from a file (absolute path), an environment variable, inline content, or external.
/// </summary>
public sealed record ComposeFileObject(string Name)
{
    public string? File { get; init; }
    public string? Environment { get; init; }
    public string? Content { get; init; }
    public bool External { get; init; }
    public string? Driver { get; init; }
    public string? TemplateDriver { get; init; }
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Empty.Labels;
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}

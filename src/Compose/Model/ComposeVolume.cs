namespace HostPool.Compose.Model;

/// <summary>A top-level volume. <see cref="Name"/> is the engine-side name (project-prefixed unless set or external).</summary>
public sealed record ComposeVolume(string Name)
{
    public string? Driver { get; init; }
    public IReadOnlyDictionary<string, string?> DriverOpts { get; init; } = Empty.Environment;
    public bool External { get; init; }
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Empty.Labels;
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}

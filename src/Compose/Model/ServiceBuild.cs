namespace HostPool.Compose.Model;

/// <summary>The <c>build</c> section: where the image would be built from. Other build options stay in <see cref="Options"/>.</summary>
public sealed record ServiceBuild(string? Context, string? Dockerfile)
{
    public string? DockerfileInline { get; init; }
    public string? Target { get; init; }
    public IReadOnlyDictionary<string, string?> Args { get; init; } = Empty.Environment;
    public IReadOnlyDictionary<string, object?> Options { get; init; } = Empty.Data;
}

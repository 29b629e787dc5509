namespace HostPool.Compose.Model;

/// <summary>A secret or config given to a service. <see cref="Mode"/> is the numeric file mode (0440 octal = 288).</summary>
public sealed record ServiceFileMount(string Source, string? Target)
{
    public string? Uid { get; init; }
    public string? Gid { get; init; }
    public int? Mode { get; init; }
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}

namespace HostPool.Compose.Model;

/// <summary>A top-level network. <see cref="Name"/> is the engine-side name (project-prefixed unless set or external).</summary>
public sealed record ComposeNetwork(string Name)
{
    public string? Driver { get; init; }
    public IReadOnlyDictionary<string, string?> DriverOpts { get; init; } = Empty.Environment;
    public bool External { get; init; }
    public bool Internal { get; init; }
    public bool Attachable { get; init; }
    public bool? EnableIpv6 { get; init; }
    public object? Ipam { get; init; }
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Empty.Labels;
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}

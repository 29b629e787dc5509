namespace HostPool.Compose.Model;

/// <summary>CPU in cores (0.5 = half a core), memory in bytes, pids, devices and generic resources.</summary>
public sealed record ResourceSpec(double? Cpus, long? MemoryBytes)
{
    public long? Pids { get; init; }
    public IReadOnlyList<DeviceRequest> Devices { get; init; } = [];
    public IReadOnlyList<GenericResource> GenericResources { get; init; } = [];
}

namespace HostPool.Compose.Model;

/// <summary>A device reservation (e.g. GPUs): <see cref="Count"/> is null with <c>all</c> or with device ids.</summary>
public sealed record DeviceRequest(IReadOnlyList<string> Capabilities)
{
    public string? Driver { get; init; }
    public long? Count { get; init; }
    public bool AllDevices { get; init; }
    public IReadOnlyList<string> DeviceIds { get; init; } = [];
    public IReadOnlyDictionary<string, object?> Options { get; init; } = Empty.Data;
}

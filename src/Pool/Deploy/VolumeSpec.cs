namespace HostPool.Pool.Deploy;

/// <summary>A named volume a replica mounts, created on its host when missing (external ones must exist).</summary>
internal sealed record VolumeSpec(string Name, string? Driver, IReadOnlyDictionary<string, string> DriverOptions, IReadOnlyDictionary<string, string> Labels, bool External);

namespace HostPool.Pool.Membership;

/// <summary>What a host's engine says about itself: capacity, labels, platform and node id.</summary>
public sealed record EngineFacts(double Cpus, long MemoryBytes, IReadOnlyDictionary<string, string> Labels, string Os, string Arch, string? NodeId);

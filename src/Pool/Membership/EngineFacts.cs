namespace HostPool.Pool.Membership;

/// <summary>What a host's engine says about itself: capacity, labels, platform and its Swarm-mode membership.</summary>
public sealed record EngineFacts(double Cpus, long MemoryBytes, IReadOnlyDictionary<string, string> Labels, string Os, string Arch, SwarmMembership Swarm)
{
    /// <summary>The host's Swarm node id once it joined the pool's cluster.</summary>
    public string? NodeId => Swarm.NodeId;
}

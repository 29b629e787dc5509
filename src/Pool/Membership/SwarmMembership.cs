namespace HostPool.Pool.Membership;

/// <summary>
/// What a host's engine says of its Swarm-mode membership: the local node state (inactive, pending, active,
/// error, locked), its node and cluster ids, and whether it is a manager.
/// </summary>
public sealed record SwarmMembership(string State, string? NodeId, string? ClusterId, bool IsManager)
{
    public static readonly SwarmMembership Inactive = new("inactive", null, null, false);

    public bool IsActive => State == "active";
}

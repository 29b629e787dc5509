namespace HostPool.Pool.Deploy;

/// <summary>
/// What a deploy (or down) did to one replica: <see cref="Action"/> is created, replaced, unchanged or removed
/// (prefixed "would " in a dry run); <see cref="Error"/> says why it failed on its host.
/// </summary>
public sealed record ReplicaOutcome(string Service, int Replica, string Host, string Action, string? ContainerId, string? Error = null)
{
    public bool Failed => Error is not null;
}

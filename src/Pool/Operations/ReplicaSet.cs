using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;

namespace HostPool.Pool.Operations;

/// <summary>
/// The replicas of one project (optionally only some services) found on the pool, the hosts they run on,
/// and the hosts that did not answer (their replicas, if any, are missing from <see cref="Replicas"/>).
/// </summary>
public sealed record ReplicaSet(string Project, IReadOnlyList<ProjectContainer> Replicas, IReadOnlyList<PoolHostView> Hosts)
{
    public IReadOnlyList<PoolHostView> Unreachable => [.. Hosts.Where(h => !h.Answers)];

    internal PoolHostView HostOf(ProjectContainer replica) => Hosts.First(h => h.Record.Name == replica.Host);
}

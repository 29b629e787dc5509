namespace HostPool.Pool.Scheduling;

/// <summary>
/// Where every replica of a project goes, and every replica that could not go anywhere with the reason.
/// A plan with any unplaced replica is not <see cref="IsComplete"/>: nothing is silently left out.
/// </summary>
public sealed record DeploymentPlan(
    string Project,
    string Strategy,
    int Seed,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<UnplacedReplica> Unplaced,
    IReadOnlyList<HostUsage> Hosts)
{
    public bool IsComplete => Unplaced.Count == 0;

    public int HostsUsed => Hosts.Count(host => host.NewReplicas > 0 || host.ReservedCpus > 0 || host.ReservedMemoryBytes > 0);
}

namespace HostPool.Pool.Scheduling;

/// <summary>
/// A replica that could not be placed. <see cref="ByFilter"/> always covers every host;
/// <see cref="Hosts"/> lists each host's rejection when the pool is small (see <see cref="PlanOptions.ListHostsUpTo"/>).
/// </summary>
public sealed record UnplacedReplica(
    string Service,
    int Replica,
    string Reason,
    IReadOnlyList<RejectionSummary> ByFilter,
    IReadOnlyList<HostRejection> Hosts);

using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>
/// The smallest number of simulated hosts that places every replica (null when even
/// <paramref name="Tried"/> hosts did not), and the plan at that size (or at the largest size tried).
/// </summary>
public sealed record MinHostsResult(int? Hosts, int Tried, DeploymentPlan Plan);

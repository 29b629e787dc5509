namespace HostPool.Pool.Scheduling;

/// <summary>
/// Decides where every replica of a project runs on a pool, and why: pure and synchronous over
/// immutable host snapshots, deterministic for the same snapshots, project and seed.
/// </summary>
public interface IPlacementScheduler
{
    /// <exception cref="InvalidInputException">A rule, strategy, reference or host figure cannot be used; the message says which.</exception>
    DeploymentPlan Plan(IReadOnlyList<HostSnapshot> hosts, ProjectDemand project, PlanOptions options);
}

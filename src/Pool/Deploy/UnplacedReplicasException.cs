using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Deploy;

/// <summary>A plan left replicas unplaced: the message lists every one with its reason. Nothing was started.</summary>
public sealed class UnplacedReplicasException(DeploymentPlan plan)
    : InvalidInputException(Describe(plan))
{
    public DeploymentPlan Plan { get; } = plan;

    private static string Describe(DeploymentPlan plan) =>
        $"{plan.Unplaced.Count} replica(s) of project '{plan.Project}' cannot be placed, so nothing was changed:\n"
        + string.Join("\n", plan.Unplaced.Select(u => $"  {u.Service} #{u.Replica}: {u.Reason}"))
        + "\nAdd hosts or capacity, relax the constraints, or lower the replica counts; `hostpool plan` shows every host's rejection.";
}

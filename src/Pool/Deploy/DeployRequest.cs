using HostPool.Compose.Model;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Deploy;

/// <summary>A deploy: the project, its demand, the pool (null: every host), plan options, and whether only to show what would change.</summary>
public sealed record DeployRequest(ComposeProject Project, ProjectDemand Demand, string? Pool, PlanOptions Options, bool DryRun = false)
{
    /// <summary>How many replica operations run on one host at once.</summary>
    public int PerHostOperations { get; init; } = 4;

    /// <summary>Told of every replica's outcome as it happens, and of replicas waiting for their dependencies.</summary>
    public IProgress<ReplicaOutcome>? Progress { get; init; }

    /// <summary>Where secrets and configs declared with <c>environment:</c> read their values.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}

using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Deploy;

/// <summary>The plan a deploy followed and the outcome of every replica it touched.</summary>
public sealed record DeployReport(DeploymentPlan Plan, IReadOnlyList<ReplicaOutcome> Outcomes)
{
    public bool Succeeded => Outcomes.All(o => !o.Failed);

    /// <summary>What keeping the pool's cluster did along the way (nodes promoted, departed nodes removed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The id of this deploy: the label of every container it made, the mark of every container it kept for rollback.</summary>
    public string? DeployId { get; init; }
}

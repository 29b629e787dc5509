using HostPool.Providers.Model;

namespace HostPool.Pool.Deploy;

/// <summary>What every service's rollout in one deploy shares: engines, hosts, the deploy id, the monitor, the clock, and the per-host checks before a replica may start there.</summary>
internal sealed record RolloutContext(
    EngineSet Engines,
    IReadOnlyDictionary<string, HostRecord> Hosts,
    string DeployId,
    ReplicaMonitor Monitor,
    TimeProvider Time,
    Func<ReplicaSpec, CancellationToken, Task<string?>> HostReadyFor)
{
    public IProgress<ReplicaOutcome>? Progress { get; init; }
}

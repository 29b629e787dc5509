namespace HostPool.Pool.Scheduling;

/// <summary>
/// Fewest replicas of the service first (so each service is as even as possible), then the host whose
/// mean reserved fraction of cpu and memory after the placement is lowest.
/// </summary>
internal sealed class SpreadStrategy : IPlacementStrategy
{
    public string Name => "spread";

    public bool IsRandom => false;

    public double Score(PoolState pool, int host, int serviceReplicasOnHost, double cpus, double memoryBytes) =>
        (serviceReplicasOnHost * 4.0)
        + (0.5 * (((pool.CpuUsed[host] + cpus) * pool.CpuScale[host]) + ((pool.MemoryUsed[host] + memoryBytes) * pool.MemoryScale[host])));
}

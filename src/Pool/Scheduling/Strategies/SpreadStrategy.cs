using System.Runtime.CompilerServices;

namespace HostPool.Pool.Scheduling;

/// <summary>
/// Fewest replicas of the service first (so each service is as even as possible), then the host whose
/// mean reserved fraction of cpu and memory after the placement is lowest.
/// </summary>
internal sealed class SpreadStrategy : IPlacementStrategy
{
    public string Name => "spread";

    public bool IsRandom => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScoreOf(int serviceReplicasOnHost, double cpuFractionAfter, double memoryFractionAfter) =>
        (serviceReplicasOnHost * 4.0) + (0.5 * (cpuFractionAfter + memoryFractionAfter));

    public double Score(PoolState pool, int host, int serviceReplicasOnHost, double cpus, double memoryBytes) =>
        ScoreOf(serviceReplicasOnHost, (pool.CpuUsed[host] + cpus) * pool.CpuScale[host], (pool.MemoryUsed[host] + memoryBytes) * pool.MemoryScale[host]);
}

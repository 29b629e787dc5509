using System.Runtime.CompilerServices;

namespace HostPool.Pool.Scheduling;

/// <summary>
/// Fewest replicas of the service first (so each service is as even as possible), then the host with
/// the lowest sum of squared reserved fractions of cpu and memory after the placement. Squaring weighs
/// the fuller dimension more, so both cpu and memory even out across hosts, not only their sum.
/// </summary>
internal sealed class SpreadStrategy : IPlacementStrategy
{
    public string Name => "spread";

    public bool IsRandom => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScoreOf(int serviceReplicasOnHost, double cpuFractionAfter, double memoryFractionAfter) =>
        (serviceReplicasOnHost * 4.0) + (0.5 * ((cpuFractionAfter * cpuFractionAfter) + (memoryFractionAfter * memoryFractionAfter)));

    public double Score(PoolState pool, int host, int serviceReplicasOnHost, double cpus, double memoryBytes) =>
        ScoreOf(serviceReplicasOnHost, (pool.CpuUsed[host] + cpus) * pool.CpuScale[host], (pool.MemoryUsed[host] + memoryBytes) * pool.MemoryScale[host]);
}

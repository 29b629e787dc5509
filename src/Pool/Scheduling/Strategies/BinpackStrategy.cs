using System.Runtime.CompilerServices;

namespace HostPool.Pool.Scheduling;

/// <summary>
/// Hosts already in use first; among them the one whose free capacity after the placement is smallest
/// as a vector (the squared norm of the free cpu and memory fractions). Against a sum of fractions, the
/// norm prefers leaving a host's free capacity balanced across cpu and memory, so complementary
/// replicas still fit there later and less capacity is stranded in one dimension.
/// </summary>
internal sealed class BinpackStrategy : IPlacementStrategy
{
    public string Name => "binpack";

    public bool IsRandom => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ScoreOf(bool busy, double cpuFractionAfter, double memoryFractionAfter)
    {
        var freeCpu = 1 - cpuFractionAfter;
        var freeMemory = 1 - memoryFractionAfter;
        return (busy ? 0 : 4) + (freeCpu * freeCpu) + (freeMemory * freeMemory);
    }

    public double Score(PoolState pool, int host, int serviceReplicasOnHost, double cpus, double memoryBytes) =>
        ScoreOf(pool.Busy[host], (pool.CpuUsed[host] + cpus) * pool.CpuScale[host], (pool.MemoryUsed[host] + memoryBytes) * pool.MemoryScale[host]);
}

using System.Globalization;
using System.Runtime.CompilerServices;

namespace HostPool.Pool.Scheduling;

/// <summary>The host must have the replica's cpu and memory reservation free (capacity x overcommit - reserved).</summary>
internal sealed class CapacityFilter(PoolState pool, double cpus, double memoryBytes) : IHostFilter
{
    private const double CpuSlack = 1e-9;

    public string Name => "capacity";

    public string Key => "capacity";

    public static bool Fits(PoolState pool, int host, double cpus, double memoryBytes) =>
        Fits(pool.CpuUsed[host] + cpus, pool.CpuCapacity[host], pool.MemoryUsed[host] + memoryBytes, pool.MemoryCapacity[host]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Fits(double cpuAfter, double cpuCapacity, double memoryAfter, double memoryCapacity) =>
        cpuAfter <= cpuCapacity + CpuSlack && memoryAfter <= memoryCapacity + 0.5;

    public bool Accepts(int host) => Fits(pool, host, cpus, memoryBytes);

    public string Explain(int host)
    {
        var freeCpu = Math.Max(0, pool.CpuCapacity[host] - pool.CpuUsed[host]);
        var freeMemory = Math.Max(0, pool.MemoryCapacity[host] - pool.MemoryUsed[host]);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"needs {cpus:0.###} cpus and {MemoryText.Format(memoryBytes)}; free: {freeCpu:0.###} cpus and {MemoryText.Format(freeMemory)}");
    }
}

using Docker.DotNet.Models;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;

namespace HostPool.Pool.Operations;

/// <summary>
/// The figures of <c>hostpool top</c>. A container's cpus are its share of the host's cpu time between the
/// two readings of its stats, times the host's online cpus (as <c>docker stats</c> computes CPU %, divided by
/// 100); its memory is the usage less the reclaimable page cache (<c>inactive_file</c>), as <c>docker stats</c> shows.
/// </summary>
internal static class UsageArithmetic
{
    public static ContainerUsage Of(ContainerStatsResponse stats)
    {
        var cpu = stats.CPUStats;
        var previous = stats.PreCPUStats;
        double cpus = 0;
        if (cpu?.CPUUsage is not null && previous?.CPUUsage is not null && cpu.SystemUsage is { } system && previous.SystemUsage is { } previousSystem
            && system > previousSystem && cpu.CPUUsage.TotalUsage >= previous.CPUUsage.TotalUsage)
        {
            var online = cpu.OnlineCPUs is > 0 ? cpu.OnlineCPUs.Value : (uint)(cpu.CPUUsage.PercpuUsage?.Count ?? 1);
            cpus = (double)(cpu.CPUUsage.TotalUsage - previous.CPUUsage.TotalUsage) / (system - previousSystem) * online;
        }

        var memory = stats.MemoryStats;
        var usage = memory?.Usage ?? 0;
        var cache = memory?.Stats is { } figures
            ? figures.TryGetValue("inactive_file", out var v2) ? v2 : figures.TryGetValue("total_inactive_file", out var v1) ? v1 : 0
            : 0;
        return new ContainerUsage(cpus, (long)(cache < usage ? usage - cache : usage));
    }

    public static HostUsage Sum(PoolHostView host, IEnumerable<ContainerUsage> used)
    {
        var usage = used.ToList();
        return new HostUsage(
            host.Record.Name,
            host.Record.Pool,
            host.Engine?.Cpus ?? 0,
            host.Engine?.MemoryBytes ?? 0,
            host.Containers.Where(c => c.IsCurrent).Sum(c => c.ReservedCpus),
            host.Containers.Where(c => c.IsCurrent).Sum(c => c.ReservedMemoryBytes),
            usage.Sum(u => u.Cpus),
            usage.Sum(u => u.MemoryBytes),
            host.Containers.Count,
            host.Containers.Count(IsRunning),
            host.Error);
    }

    public static bool IsRunning(ProjectContainer container) => container.State == "running";
}

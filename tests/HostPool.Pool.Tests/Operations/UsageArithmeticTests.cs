using Docker.DotNet.Models;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Pool.Operations;
using HostPool.Providers.Model;

namespace HostPool.Pool.Tests.Operations;

public sealed class UsageArithmeticTests
{
    [Fact]
    public void Of_CpuTimeBetweenReadings_IsShareOfSystemTimesOnlineCpus()
    {
        var stats = Stats(total: 1_200_000_000, previousTotal: 1_000_000_000, system: 14_000_000_000, previousSystem: 10_000_000_000, online: 4);

        var usage = UsageArithmetic.Of(stats);

        Assert.Equal(0.2, usage.Cpus, 9);
    }

    [Fact]
    public void Of_NoPreviousReading_CountsNoCpu()
    {
        var stats = Stats(total: 1_200_000_000, previousTotal: 0, system: 14_000_000_000, previousSystem: 0, online: 4);
        stats.PreCPUStats = new CPUStats();

        Assert.Equal(0, UsageArithmetic.Of(stats).Cpus);
    }

    [Theory]
    [InlineData("inactive_file")]
    [InlineData("total_inactive_file")]
    public void Of_Memory_IsUsageLessInactivePageCache(string cacheKey)
    {
        var stats = Stats(0, 0, 0, 0, 1);
        stats.MemoryStats = new MemoryStats { Usage = 100_000_000, Stats = new Dictionary<string, ulong> { [cacheKey] = 30_000_000 } };

        Assert.Equal(70_000_000, UsageArithmetic.Of(stats).MemoryBytes);
    }

    [Fact]
    public void Sum_Host_AddsLabelledReservationsAndSampledUse()
    {
        var host = new PoolHostView(
            new HostRecord { Name = "h1", Pool = "eu", Driver = "local" },
            new EngineFacts(4, 8L << 30, new Dictionary<string, string>(), "linux", "x86_64", SwarmMembership.Inactive),
            [Container("web", 1, "running", 0.25, 32 << 20), Container("web", 2, "exited", 0.5, 64 << 20)],
            null);

        var usage = UsageArithmetic.Sum(host, [new ContainerUsage(0.1, 10 << 20), new ContainerUsage(0.05, 5 << 20)]);

        Assert.Equal(new HostUsage("h1", "eu", 4, 8L << 30, 0.75, 96 << 20, usage.UsedCpus, 15 << 20, 2, 1, null), usage);
        Assert.Equal(0.15, usage.UsedCpus, 9);
    }

    private static ProjectContainer Container(string service, int replica, string state, double cpus, long memory) =>
        new($"id-{replica}", $"shop-{service}-{replica}", "h1", "shop", service, replica, "hash", state, "busybox", [])
        {
            ReservedCpus = cpus,
            ReservedMemoryBytes = memory,
        };

    private static ContainerStatsResponse Stats(ulong total, ulong previousTotal, ulong system, ulong previousSystem, uint online) => new()
    {
        CPUStats = new CPUStats { CPUUsage = new CPUUsage { TotalUsage = total }, SystemUsage = system, OnlineCPUs = online },
        PreCPUStats = new CPUStats { CPUUsage = new CPUUsage { TotalUsage = previousTotal }, SystemUsage = previousSystem, OnlineCPUs = online },
        MemoryStats = new MemoryStats { Usage = 0 },
    };
}

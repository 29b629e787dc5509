using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

public sealed class BinpackStrategyTests
{
    [Fact]
    public void Plan_ReplicasFitOnOneHost_UsesOneHost()
    {
        var plan = Plan(Hosts(5), "binpack", services: Service("web", replicas: 4, cpus: 1, memoryGiB: 2));

        Assert.Single(plan.Placements.Select(p => p.Host).Distinct());
    }

    [Fact]
    public void Plan_HostInUse_FillsItBeforeAnEmptyOne()
    {
        HostSnapshot[] hosts = [Host("empty"), Host("used") with { ReservedCpus = 2, ReservedMemoryBytes = 4 * GiB }];

        var plan = Plan(hosts, "binpack", services: Service("web", replicas: 2, cpus: 1, memoryGiB: 2));

        Assert.All(plan.Placements, p => Assert.Equal("used", p.Host));
    }

    [Fact]
    public void Plan_ComplementaryReplicas_PairsCpuHeavyWithMemoryHeavy()
    {
        var services = new[]
        {
            Service("cpu1", cpus: 3, memoryGiB: 1), Service("cpu2", cpus: 3, memoryGiB: 1),
            Service("mem1", cpus: 1, memoryGiB: 7), Service("mem2", cpus: 1, memoryGiB: 7),
        };

        var plan = Plan(Hosts(4), "binpack", services: services);

        Assert.Equal(2, plan.HostsUsed);
        Assert.All(plan.Placements.GroupBy(p => p.Host), host => Assert.Equal(2, host.Count()));
    }

    [Fact]
    public void Plan_ServiceStrategyOverride_SpreadsThatServiceOnly()
    {
        var plan = Plan(
            Hosts(3),
            "binpack",
            services: [Service("packed", replicas: 3, cpus: 0.5), Service("spread", replicas: 3, cpus: 0.5) with { Strategy = "spread" }]);

        Assert.Single(plan.Placements.Where(p => p.Service == "packed").Select(p => p.Host).Distinct());
        Assert.Equal(3, plan.Placements.Where(p => p.Service == "spread").Select(p => p.Host).Distinct().Count());
    }

    [Fact]
    public void Plan_SmallServiceDeclaredFirst_LargestPlacedFirstSoEverythingFits()
    {
        var plan = Plan(Hosts(2), "binpack", services: [Service("small", replicas: 2, cpus: 1), Service("large", replicas: 2, cpus: 3)]);

        Assert.True(plan.IsComplete);
        Assert.All(plan.Hosts, host => Assert.Equal(4, host.ReservedCpus));
    }

    [Fact]
    public void Plan_LargerServiceWithPreferences_PlacedBeforeSmallerPackedOnes()
    {
        var plan = Plan(
            Hosts(2),
            "binpack",
            services: [Service("small", replicas: 2, cpus: 1), Service("large", replicas: 2, cpus: 3) with { Preferences = ["node.labels.zone"] }]);

        Assert.True(plan.IsComplete);
    }
}

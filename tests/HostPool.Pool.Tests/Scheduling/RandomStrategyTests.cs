using HostPool.Pool.Planning;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

public sealed class RandomStrategyTests
{
    [Fact]
    public void Plan_SameSeed_SamePlan()
    {
        var first = Plan(Hosts(20), "random", seed: 42, services: Service("web", replicas: 30));
        var second = Plan(Hosts(20), "random", seed: 42, services: Service("web", replicas: 30));

        Assert.Equal(PlanJsonWriter.Write(first), PlanJsonWriter.Write(second));
    }

    [Fact]
    public void Plan_DifferentSeeds_DifferentPlans()
    {
        var first = Plan(Hosts(20), "random", seed: 1, services: Service("web", replicas: 30));
        var second = Plan(Hosts(20), "random", seed: 2, services: Service("web", replicas: 30));

        Assert.NotEqual(first.Placements.Select(p => p.Host), second.Placements.Select(p => p.Host));
    }

    [Fact]
    public void Plan_Random_StillRespectsConstraintsAndCapacity()
    {
        var hosts = Hosts(10).Select((h, i) => h with { NodeLabels = new Dictionary<string, string> { ["disk"] = i < 3 ? "ssd" : "hdd" } }).ToArray();

        var plan = Plan(hosts, "random", seed: 7, services: Service("db", replicas: 12, cpus: 1) with { Constraints = ["node.labels.disk==ssd"] });

        Assert.True(plan.IsComplete);
        Assert.All(plan.Placements, p => Assert.Contains(p.Host, new[] { "h1", "h2", "h3" }));
        Assert.All(plan.Hosts, h => Assert.True(h.ReservedCpus <= h.Cpus));
    }
}

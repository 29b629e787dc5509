using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

public sealed class OperatorAndAffinityTests
{
    private static readonly HostSnapshot[] Racks =
    [
        Host("h1", labels: [("rack", "r1"), ("gpu", "a100")]), Host("h2", labels: [("rack", "r1"), ("gpu", "t4")]),
        Host("h3", labels: ("rack", "r2")), Host("h4", labels: ("rack", "r2")),
        Host("h5", labels: ("rack", "r3")),
    ];

    private static ServiceDemand With(int replicas, params PlacementOperator[] operators) =>
        Service("svc", replicas) with { Operators = operators };

    [Fact]
    public void Plan_UniqueRack_OneReplicaPerRack()
    {
        var plan = Plan(Racks, "binpack", services: With(4, new PlacementOperator("rack", "UNIQUE")));

        Assert.Equal(3, plan.Placements.Count);
        Assert.Equal(3, plan.Placements.Select(p => Racks.Single(h => h.Name == p.Host).NodeLabels["rack"]).Distinct().Count());
        Assert.Equal("operator", plan.Unplaced.Single().ByFilter.Single().Filter);
    }

    [Fact]
    public void Plan_MaxPerRack_CapsEachRack()
    {
        var plan = Plan(Racks, "binpack", services: With(7, new PlacementOperator("node.labels.rack", "MAX_PER", "2")));

        Assert.Equal(6, plan.Placements.Count);
        Assert.All(plan.Placements.GroupBy(p => Racks.Single(h => h.Name == p.Host).NodeLabels["rack"]), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void Plan_GroupByRack_SpreadsOverRacks()
    {
        var plan = Plan(Racks, "binpack", services: With(3, new PlacementOperator("rack", "GROUP_BY")));

        Assert.Equal(3, plan.Placements.Select(p => Racks.Single(h => h.Name == p.Host).NodeLabels["rack"]).Distinct().Count());
    }

    [Fact]
    public void Plan_ClusterWithoutValue_AllOnTheFirstRack()
    {
        var plan = Plan(Racks, services: With(4, new PlacementOperator("rack", "CLUSTER")));

        Assert.Single(plan.Placements.Select(p => Racks.Single(h => h.Name == p.Host).NodeLabels["rack"]).Distinct());
    }

    [Theory]
    [InlineData("CLUSTER", "r2", new[] { "h3", "h4" })]
    [InlineData("IS", "r3", new[] { "h5" })]
    [InlineData("LIKE", "r[12]", new[] { "h1", "h2", "h3", "h4" })]
    [InlineData("UNLIKE", "r[12]", new[] { "h5" })]
    public void Plan_StaticOperator_OnlyMatchingHosts(string op, string value, string[] allowed)
    {
        var plan = Plan(Racks, services: With(6, new PlacementOperator("rack", op, value)));

        Assert.All(plan.Placements, p => Assert.Contains(p.Host, allowed));
        Assert.True(plan.IsComplete);
    }

    [Fact]
    public void Plan_UnlikeOnMissingAttribute_HostQualifies()
    {
        var plan = Plan(Racks, services: With(5, new PlacementOperator("gpu", "UNLIKE", "a100")));

        Assert.DoesNotContain(plan.Placements, p => p.Host == "h1");
        Assert.Contains(plan.Placements, p => p.Host == "h3");
    }

    [Theory]
    [InlineData("MAX_PER", null)]
    [InlineData("MAX_PER", "zero")]
    [InlineData("LIKE", null)]
    [InlineData("NEAR", "x")]
    public void Plan_MalformedOperator_ThrowsInvalidInput(string op, string? value)
    {
        Assert.Throws<InvalidInputException>(() => Plan(Racks, services: With(1, new PlacementOperator("rack", op, value))));
    }

    [Fact]
    public void Plan_Affinity_OnlyHostsRunningTheOtherService()
    {
        var plan = Plan(
            Racks,
            services: [Service("cache", replicas: 4) with { Affinities = [new ServiceAffinity("db")] }, Service("db", replicas: 2)]);

        var dbHosts = plan.Placements.Where(p => p.Service == "db").Select(p => p.Host).ToHashSet();
        Assert.All(plan.Placements.Where(p => p.Service == "cache"), p => Assert.Contains(p.Host, dbHosts));
    }

    [Fact]
    public void Plan_AntiAffinity_NeverWithTheOtherService()
    {
        var plan = Plan(
            Racks,
            "binpack",
            services: [Service("web", replicas: 3) with { Affinities = [new ServiceAffinity("db", Anti: true)] }, Service("db", replicas: 2)]);

        var dbHosts = plan.Placements.Where(p => p.Service == "db").Select(p => p.Host).ToHashSet();
        Assert.DoesNotContain(plan.Placements.Where(p => p.Service == "web"), p => dbHosts.Contains(p.Host));
    }

    [Fact]
    public void Plan_SoftAntiAffinityImpossible_DroppedOnlyWhenNothingFits()
    {
        HostSnapshot[] hosts = [Host("only") with { Replicas = [new ExistingReplica("other", "noisy")] }];

        var plan = Plan(hosts, services: Service("web") with { Affinities = [new ServiceAffinity("other/noisy", Anti: true, Soft: true)] });

        Assert.True(plan.Placements.Single().Reason.SoftRulesDropped);
    }

    [Fact]
    public void Plan_HardAffinityToExistingService_UsesItsHosts()
    {
        HostSnapshot[] hosts = [Host("h1"), Host("h2") with { Replicas = [new ExistingReplica("shop", "db")] }];

        var plan = Plan(hosts, services: Service("web", replicas: 2) with { Affinities = [new ServiceAffinity("shop/db")] });

        Assert.All(plan.Placements, p => Assert.Equal("h2", p.Host));
    }
}

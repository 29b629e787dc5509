using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

public sealed class SpreadStrategyTests
{
    [Fact]
    public void Plan_TenReplicasOnThreeHosts_SplitsFourThreeThree()
    {
        var plan = Plan(Hosts(3), services: Service("web", replicas: 10, cpus: 0.1, memoryGiB: 0.1));

        Assert.True(plan.IsComplete);
        Assert.Equal([4, 3, 3], Split(plan, "web").Values.Order().Reverse());
    }

    [Fact]
    public void Plan_HostAlreadyLoaded_NextReplicaGoesToEmptierHost()
    {
        HostSnapshot[] hosts = [Host("busy") with { ReservedCpus = 3 }, Host("idle")];

        var plan = Plan(hosts, services: Service("web", replicas: 1, cpus: 0.5, memoryGiB: 0.5));

        Assert.Equal("idle", plan.Placements.Single().Host);
    }

    [Fact]
    public void Plan_ExistingReplicasOfService_SpreadCountsThem()
    {
        HostSnapshot[] hosts =
        [
            Host("h1") with { Replicas = [new ExistingReplica("test", "web"), new ExistingReplica("test", "web")] },
            Host("h2"),
        ];

        var plan = Plan(hosts, services: Service("web", replicas: 2));

        Assert.All(plan.Placements, placement => Assert.Equal("h2", placement.Host));
    }

    [Fact]
    public void Plan_ZonePreference_SplitsEvenlyAcrossZonesNotHosts()
    {
        HostSnapshot[] hosts =
        [
            Host("a1", labels: ("zone", "a")), Host("a2", labels: ("zone", "a")), Host("a3", labels: ("zone", "a")),
            Host("b1", labels: ("zone", "b")),
        ];

        var plan = Plan(hosts, services: Service("web", replicas: 4) with { Preferences = ["node.labels.zone"] });

        Assert.Equal(2, plan.Placements.Count(p => p.Host == "b1"));
        Assert.All(plan.Placements, p => Assert.StartsWith("node.labels.zone=", p.Reason.Group));
    }

    [Fact]
    public void Plan_NestedPreferences_SpreadsZonesThenRacks()
    {
        var hosts = new List<HostSnapshot>();
        foreach (var zone in new[] { "a", "b" })
        {
            foreach (var rack in new[] { "r1", "r2" })
            {
                hosts.Add(Host($"{zone}-{rack}-1", labels: [("zone", zone), ("rack", rack)]));
                hosts.Add(Host($"{zone}-{rack}-2", labels: [("zone", zone), ("rack", rack)]));
            }
        }

        var plan = Plan(hosts, services: Service("web", replicas: 4) with { Preferences = ["spread: node.labels.zone", "node.labels.rack"] });

        var perRack = plan.Placements.GroupBy(p => p.Host[..4]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["a-r1"] = 1, ["a-r2"] = 1, ["b-r1"] = 1, ["b-r2"] = 1 }, perRack);
    }

    [Fact]
    public void Plan_ZoneFull_OtherZonesTakeTheRest()
    {
        HostSnapshot[] hosts = [Host("a1", cpus: 1, labels: ("zone", "a")), Host("b1", cpus: 8, labels: ("zone", "b"))];

        var plan = Plan(hosts, services: Service("web", replicas: 6, cpus: 1) with { Preferences = ["node.labels.zone"] });

        Assert.True(plan.IsComplete);
        Assert.Equal(1, plan.Placements.Count(p => p.Host == "a1"));
    }
}

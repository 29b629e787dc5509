using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

public sealed class HostFilterTests
{
    [Fact]
    public void Plan_DrainedAndDownHosts_GetNothingNew()
    {
        HostSnapshot[] hosts = [Host("drained") with { State = HostReadiness.Drained }, Host("down") with { State = HostReadiness.Down }, Host("ready")];

        var plan = Plan(hosts, services: Service("web", replicas: 5));

        Assert.All(plan.Placements, p => Assert.Equal("ready", p.Host));
    }

    [Fact]
    public void Plan_NoReadyHost_EveryReplicaUnplacedWithStateReason()
    {
        HostSnapshot[] hosts = [Host("drained") with { State = HostReadiness.Drained }];

        var plan = Plan(hosts, services: Service("web", replicas: 2));

        Assert.Equal([1, 2], plan.Unplaced.Select(u => u.Replica));
        Assert.All(plan.Unplaced, u => Assert.Equal("state", u.Hosts.Single().Filter));
    }

    [Fact]
    public void Plan_ReplicasExceedCapacity_PlacesWhatFitsAndExplainsTheRest()
    {
        var plan = Plan(Hosts(2, cpus: 2), services: Service("web", replicas: 5, cpus: 1));

        Assert.Equal(4, plan.Placements.Count);
        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Equal(5, unplaced.Replica);
        Assert.Equal("capacity", unplaced.ByFilter.Single().Filter);
        Assert.Contains("needs 1 cpus", unplaced.Hosts[0].Detail);
    }

    [Fact]
    public void Plan_Overcommit_ScalesCapacity()
    {
        HostSnapshot[] hosts = [Host("h1", cpus: 2) with { Overcommit = 2 }];

        var plan = Plan(hosts, services: Service("web", replicas: 4, cpus: 1));

        Assert.True(plan.IsComplete);
    }

    [Fact]
    public void Plan_MaxReplicasPerNode_CapsEachHost()
    {
        var plan = Plan(Hosts(2), services: Service("web", replicas: 5) with { MaxReplicasPerNode = 2 });

        Assert.Equal(4, plan.Placements.Count);
        Assert.Equal("max_replicas_per_node", plan.Unplaced.Single().ByFilter.Single().Filter);
    }

    [Fact]
    public void Plan_PublishedPort_OneReplicaPerHost()
    {
        var plan = Plan(Hosts(3), "binpack", services: Service("web", replicas: 4) with { Ports = [new PublishedPort(80)] });

        Assert.Equal(3, plan.Placements.Select(p => p.Host).Distinct().Count());
        Assert.Equal("ports", plan.Unplaced.Single().ByFilter.Single().Filter);
    }

    [Fact]
    public void Plan_PortHeldByExistingReplica_AvoidsThatHost()
    {
        HostSnapshot[] hosts = [Host("h1") with { Replicas = [new ExistingReplica("other", "proxy", [new PublishedPort(443)])] }, Host("h2")];

        var plan = Plan(hosts, "binpack", services: Service("web") with { Ports = [new PublishedPort(443, "tcp", "10.0.0.1")] });

        Assert.Equal("h2", plan.Placements.Single().Host);
    }

    [Fact]
    public void Plan_SamePortOtherProtocol_NoClash()
    {
        HostSnapshot[] hosts = [Host("h1")];

        var plan = Plan(hosts, services: [Service("dns-tcp") with { Ports = [new PublishedPort(53)] }, Service("dns-udp") with { Ports = [new PublishedPort(53, "udp")] }]);

        Assert.True(plan.IsComplete);
    }

    [Fact]
    public void Plan_GlobalService_OneReplicaPerEligibleHost()
    {
        HostSnapshot[] hosts = [Host("h1"), Host("h2"), Host("h3") with { State = HostReadiness.Drained }];

        var plan = Plan(hosts, services: Service("agent") with { Mode = ServiceMode.Global });

        Assert.Equal(["h1", "h2"], plan.Placements.Select(p => p.Host));
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Plan_GlobalServiceHostFull_ThatHostsReplicaUnplaced()
    {
        HostSnapshot[] hosts = [Host("h1"), Host("full", cpus: 1) with { ReservedCpus = 1 }];

        var plan = Plan(hosts, services: Service("agent", cpus: 0.5) with { Mode = ServiceMode.Global });

        Assert.Equal("h1", plan.Placements.Single().Host);
        Assert.Equal("full", plan.Unplaced.Single().Hosts.Single().Host);
    }

    [Fact]
    public void Plan_NetworkModeService_SharesEachReplicasHost()
    {
        var plan = Plan(Hosts(4), services: [Service("app", replicas: 3), Service("sidecar", replicas: 3) with { ShareHostWith = ["app"] }]);

        var app = plan.Placements.Where(p => p.Service == "app").Select(p => p.Host);
        var sidecar = plan.Placements.Where(p => p.Service == "sidecar").Select(p => p.Host);
        Assert.Equal(app, sidecar);
    }

    [Fact]
    public void Plan_SharedHostFull_DependentUnplacedNamingTheHost()
    {
        var plan = Plan(Hosts(1, cpus: 1), services: [Service("app", cpus: 1), Service("sidecar", cpus: 0.5) with { ShareHostWith = ["app"] }]);

        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Equal("sidecar", unplaced.Service);
        Assert.Contains("shares a host with 'app' on h1", unplaced.Reason);
        Assert.Equal("capacity", unplaced.ByFilter.Single().Filter);
    }

    [Fact]
    public void Plan_UnknownSharedService_ThrowsInvalidInput()
    {
        var error = Assert.Throws<InvalidInputException>(() => Plan(Hosts(1), services: Service("sidecar") with { ShareHostWith = ["nope"] }));

        Assert.Contains("'nope'", error.Message);
    }

    [Fact]
    public void Plan_DependencyCycle_ThrowsInvalidInput()
    {
        var error = Assert.Throws<InvalidInputException>(() => Plan(
            Hosts(1),
            services: [Service("a") with { ShareHostWith = ["b"] }, Service("b") with { ShareHostWith = ["a"] }]));

        Assert.Contains("cycle", error.Message);
    }

    [Fact]
    public void Plan_ManyHosts_RejectionsSummarisedPerFilter()
    {
        var hosts = Hosts(100, cpus: 1).Select((h, i) => i < 40 ? h with { State = HostReadiness.Down } : h).ToArray();

        var plan = Plan(hosts, services: Service("big", cpus: 2));

        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Empty(unplaced.Hosts);
        Assert.Equal([("state", 40), ("capacity", 60)], unplaced.ByFilter.Select(s => (s.Filter, s.Hosts)));
        Assert.All(unplaced.ByFilter, s => Assert.Equal(5, s.Examples.Count));
    }
}

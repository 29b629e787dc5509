using HostPool.Pool.Planning;
using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Planning;

public sealed class MinHostsSearchTests
{
    [Fact]
    public void Find_CpuBound_ReturnsCeilingOfDemandOverHostSize()
    {
        var shape = SimulatedHosts.Parse("cpus=4,memory=16g");
        var project = new ProjectDemand("p", [Service("web", replicas: 10, cpus: 1.5)]);

        var result = MinHostsSearch.Find(shape, project, new PlanOptions { Strategy = "binpack" });

        Assert.Equal(5, result.Hosts);
        Assert.True(result.Plan.IsComplete);
        Assert.Equal(5, result.Plan.Hosts.Count);
    }

    [Fact]
    public void Find_PortsForceOneReplicaPerHost_ReturnsReplicaCount()
    {
        var shape = SimulatedHosts.Parse("cpus=64,memory=256g");
        var project = new ProjectDemand("p", [Service("web", replicas: 7) with { Ports = [new PublishedPort(80)] }]);

        var result = WhatIfPlanner.MinHosts(shape, project, new PlanOptions());

        Assert.Equal(7, result.Hosts);
    }

    [Fact]
    public void Find_ReplicaLargerThanAnyHost_ReturnsNoCountWithTheReason()
    {
        var shape = SimulatedHosts.Parse("cpus=2,memory=4g");
        var project = new ProjectDemand("p", [Service("huge", cpus: 3)]);

        var result = MinHostsSearch.Find(shape, project, new PlanOptions(), maxHosts: 64);

        Assert.Null(result.Hosts);
        Assert.Equal(64, result.Tried);
        Assert.Equal("capacity", result.Plan.Unplaced.Single().ByFilter.Single().Filter);
    }
}

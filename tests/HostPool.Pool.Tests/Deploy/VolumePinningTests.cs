using HostPool.Compose.Model;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Pool.Scheduling;
using HostPool.Providers.Model;

namespace HostPool.Pool.Tests.Deploy;

public sealed class VolumePinningTests
{
    [Fact]
    public void Apply_ReplicaWithNamedVolumeOnBusiestHost_StaysThereWhileSpreadPlansTheRest()
    {
        var project = Project(withVolume: true);
        var hosts = new[] { View("h1"), View("h2"), View("h3", Db(1, "h3")) };

        var plan = PlanWithPinning(project, hosts, replicas: 3);

        Assert.Equal("h3", plan.Placements.Single(p => p.Replica == 1).Host);
        Assert.Equal(VolumePinning.Rule, plan.Placements.Single(p => p.Replica == 1).Reason.Rule);
        Assert.Equal([1, 2, 3], plan.Placements.Select(p => p.Replica).Order());
        Assert.Equal(["h1", "h2", "h3"], plan.Placements.Select(p => p.Host).Order());
    }

    [Fact]
    public void Apply_HostDrained_ReplicaPlannedAnew()
    {
        var project = Project(withVolume: true);
        var drained = View("h2", Db(1, "h2")) with { Record = new HostRecord { Name = "h2", Pool = "default", Driver = "local", State = HostState.Running, Labels = new Dictionary<string, string> { [PoolLabels.Drained] = "true" } } };

        var (_, _, pinned) = VolumePinning.Apply(project, Demand(1), [View("h1"), drained], [Snapshot("h1"), Snapshot("h2")]);

        Assert.True(drained.IsDrained);
        Assert.Empty(pinned);
    }

    [Fact]
    public void Apply_ServiceWithoutVolume_NotPinned()
    {
        var (remaining, _, pinned) = VolumePinning.Apply(Project(withVolume: false), Demand(1), [View("h1", Db(1, "h1"))], [Snapshot("h1")]);

        Assert.Empty(pinned);
        Assert.Equal(1, remaining.Services.Single().Replicas);
    }

    private static DeploymentPlan PlanWithPinning(ComposeProject project, PoolHostView[] hosts, int replicas)
    {
        var (remaining, snapshots, pinned) = VolumePinning.Apply(project, Demand(replicas), hosts, [.. hosts.Select(h => Snapshot(h.Record.Name))]);
        return VolumePinning.Merge(Schedulers.Create().Plan(snapshots, remaining, new PlanOptions()), pinned);
    }

    private static ProjectDemand Demand(int replicas) => new("shop", [new ServiceDemand { Name = "db", Replicas = replicas, Cpus = 0.5, MemoryBytes = 64L << 20 }]);

    private static ComposeProject Project(bool withVolume) => new(
        "shop",
        "/tmp",
        new Dictionary<string, ComposeService> { ["db"] = new("db") { Volumes = withVolume ? [new ServiceVolume("volume", "data", "/data")] : [] } },
        new Dictionary<string, ComposeNetwork>(),
        new Dictionary<string, ComposeVolume> { ["data"] = new("shop_data") },
        new Dictionary<string, ComposeFileObject>(),
        new Dictionary<string, ComposeFileObject>(),
        new Dictionary<string, object?>());

    private static ProjectContainer Db(int replica, string host) =>
        new($"c{replica}", $"shop-db-{replica}", host, "shop", "db", replica, "hash", "running", "redis", []);

    private static HostSnapshot Snapshot(string name) => new() { Name = name, Cpus = 2, MemoryBytes = 4L << 30 };

    private static PoolHostView View(string name, params ProjectContainer[] containers) =>
        new(new HostRecord { Name = name, Pool = "default", Driver = "local", State = HostState.Running },
            new EngineFacts(2, 4L << 30, new Dictionary<string, string>(), "linux", "x86_64", SwarmMembership.Inactive), containers, null);
}

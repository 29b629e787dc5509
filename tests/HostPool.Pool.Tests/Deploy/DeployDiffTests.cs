using Docker.DotNet.Models;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Providers.Model;

namespace HostPool.Pool.Tests.Deploy;

public sealed class DeployDiffTests
{
    [Fact]
    public void Compute_SameHashRunningOnPlannedHost_Unchanged()
    {
        var hosts = new[] { Host("h1", Running("web", 1, "aaa")) };

        var (changes, unchanged) = DeployDiff.Compute(hosts, [Spec("h1", "web", 1, "aaa")], "shop");

        Assert.Empty(changes);
        Assert.Equal("unchanged", Assert.Single(unchanged).Action);
    }

    [Fact]
    public void Compute_HashChanged_OldRemovedAndNewCreatedOnTheSameHost()
    {
        var hosts = new[] { Host("h1", Running("web", 1, "aaa")) };

        var (changes, unchanged) = DeployDiff.Compute(hosts, [Spec("h1", "web", 1, "bbb")], "shop");

        Assert.Empty(unchanged);
        var change = Assert.Single(changes);
        Assert.Equal("c-web-1", Assert.Single(change.Remove).Id);
        Assert.Equal("bbb", Assert.Single(change.Create).ConfigHash);
    }

    [Fact]
    public void Compute_FewerReplicasAndServiceGone_ExtrasRemovedOtherProjectsUntouched()
    {
        var hosts = new[]
        {
            Host("h1", Running("web", 1, "aaa"), Running("web", 2, "aaa"), Running("old", 1, "ccc"), Running("web", 1, "aaa") with { Project = "other", Id = "x" }),
        };

        var (changes, unchanged) = DeployDiff.Compute(hosts, [Spec("h1", "web", 1, "aaa")], "shop");

        Assert.Single(unchanged);
        Assert.Equal(["c-old-1", "c-web-2"], Assert.Single(changes).Remove.Select(c => c.Id).Order());
        Assert.Empty(changes[0].Create);
    }

    [Fact]
    public void Compute_ReplicaMovedOrStopped_RemovedWhereItWasCreatedWhereItGoes()
    {
        var hosts = new[] { Host("h1", Running("web", 1, "aaa")), Host("h2", Running("web", 2, "aaa") with { State = "exited" }) };

        var (changes, _) = DeployDiff.Compute(hosts, [Spec("h2", "web", 1, "aaa"), Spec("h2", "web", 2, "aaa")], "shop");

        var byHost = changes.ToDictionary(c => c.Host.Name);
        Assert.Equal("c-web-1", Assert.Single(byHost["h1"].Remove).Id);
        Assert.Empty(byHost["h1"].Create);
        Assert.Equal("c-web-2", Assert.Single(byHost["h2"].Remove).Id);
        Assert.Equal([1, 2], byHost["h2"].Create.Select(c => c.Replica));
    }

    private static PoolHostView Host(string name, params ProjectContainer[] containers) =>
        new(new HostRecord { Name = name, Pool = "default", Driver = "local", State = HostState.Running }, new EngineFacts(2, 1L << 30, new Dictionary<string, string>(), "linux", "x86_64", SwarmMembership.Inactive), containers, null);

    private static ProjectContainer Running(string service, int replica, string hash) =>
        new($"c-{service}-{replica}", $"shop-{service}-{replica}", "ignored", "shop", service, replica, hash, "running", "busybox", []);

    private static ReplicaSpec Spec(string host, string service, int replica, string hash) =>
        new(host, service, replica, $"shop-{service}-{replica}", "busybox", hash, new CreateContainerParameters(), [], null);
}

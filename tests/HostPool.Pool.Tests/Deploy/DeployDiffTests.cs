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
    public void Compute_HashChanged_ReplacedOnTheSameHost()
    {
        var hosts = new[] { Host("h1", Running("web", 1, "aaa")) };

        var (changes, unchanged) = DeployDiff.Compute(hosts, [Spec("h1", "web", 1, "bbb")], "shop");

        Assert.Empty(unchanged);
        var change = Assert.Single(changes);
        Assert.Equal("replace", change.Kind);
        Assert.Equal("c-web-1", change.Current!.Id);
        Assert.Equal("bbb", change.Desired!.ConfigHash);
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
        Assert.All(changes, c => Assert.Equal("remove", c.Kind));
        Assert.Equal(["c-old-1", "c-web-2"], changes.Select(c => c.Current!.Id).Order());
    }

    [Fact]
    public void Compute_ReplicaMovedOrStopped_ReplacedWhereItGoes()
    {
        var hosts = new[] { Host("h1", Running("web", 1, "aaa")), Host("h2", Running("web", 2, "aaa") with { State = "exited", ExitCode = 137 }) };

        var (changes, _) = DeployDiff.Compute(hosts, [Spec("h2", "web", 1, "aaa"), Spec("h2", "web", 2, "aaa")], "shop");

        Assert.Equal([("h1", "h2"), ("h2", "h2")], changes.OrderBy(c => c.Replica).Select(c => (c.Current!.Host, c.Desired!.Host)));
    }

    [Fact]
    public void Compute_OneShotThatCompleted_Unchanged()
    {
        var hosts = new[] { Host("h1", Running("migrate", 1, "aaa") with { State = "exited", ExitCode = 0 }) };

        var (changes, unchanged) = DeployDiff.Compute(hosts, [Spec("h1", "migrate", 1, "aaa")], "shop");

        Assert.Empty(changes);
        Assert.Single(unchanged);
    }

    [Fact]
    public void Compute_KeptForRollbackAndDuplicates_KeptIgnoredDuplicateRemoved()
    {
        var hosts = new[]
        {
            Host("h1", Running("web", 1, "aaa"), Running("web", 1, "old") with { Id = "kept", Name = "shop-web-1.superseded-20261124" }),
            Host("h2", Running("web", 1, "aaa") with { Id = "dup" }),
        };

        var (changes, unchanged) = DeployDiff.Compute(hosts, [Spec("h1", "web", 1, "aaa")], "shop");

        Assert.Equal("c-web-1", Assert.Single(unchanged).ContainerId);
        var tidy = Assert.Single(changes);
        Assert.Equal("tidy", tidy.Kind);
        Assert.Equal("dup", Assert.Single(tidy.Strays).Id);
    }

    private static PoolHostView Host(string name, params ProjectContainer[] containers) =>
        new(new HostRecord { Name = name, Pool = "default", Driver = "local", State = HostState.Running }, new EngineFacts(2, 1L << 30, new Dictionary<string, string>(), "linux", "x86_64", SwarmMembership.Inactive),
            [.. containers.Select(c => c with { Host = name })], null);

    private static ProjectContainer Running(string service, int replica, string hash) =>
        new($"c-{service}-{replica}", $"shop-{service}-{replica}", "ignored", "shop", service, replica, hash, "running", "busybox", []);

    private static ReplicaSpec Spec(string host, string service, int replica, string hash) =>
        new(host, service, replica, $"shop-{service}-{replica}", "busybox", hash, new CreateContainerParameters(), [], null);
}

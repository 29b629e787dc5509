using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using HostPool.Providers.Tests.Hosts.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Providers.Tests.Hosts;

public sealed class PoolClusterPortsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RefreshAsync_TwoPools_EachGuardedHostAcceptsItsOwnPoolsAddressesOnly()
    {
        using var context = new HostsTestContext();
        await CreateAsync(context, "a-1", "blue", "192.0.2.11");
        await CreateAsync(context, "a-2", "blue", "192.0.2.12");
        await CreateAsync(context, "b-1", "green", "192.0.2.21");

        await context.Services.GetRequiredService<PoolClusterPorts>().RefreshAsync("blue", Token);

        Assert.Equal(["192.0.2.11", "192.0.2.12"], context.Driver.ClusterPeers["a-1"]);
        Assert.Equal(["192.0.2.11", "192.0.2.12"], context.Driver.ClusterPeers["a-2"]);
        Assert.False(context.Driver.ClusterPeers.ContainsKey("b-1"));
    }

    [Fact]
    public async Task RemoveAsync_HostOfAPool_TheOthersStopAcceptingItsAddress()
    {
        using var context = new HostsTestContext();
        await CreateAsync(context, "a-1", "blue", "192.0.2.11");
        await CreateAsync(context, "a-2", "blue", "192.0.2.12");
        await context.Services.GetRequiredService<PoolClusterPorts>().RefreshAsync("blue", Token);

        var warnings = await context.Remover.RemoveAsync("a-2", force: false, Token);

        Assert.Empty(warnings);
        Assert.Equal(["192.0.2.11"], context.Driver.ClusterPeers["a-1"]);
    }

    [Fact]
    public async Task RemoveAsync_RulesOfAnotherHostCannotBeWritten_RemovedAnywayAndWarnsNamingTheHost()
    {
        using var context = new HostsTestContext();
        await CreateAsync(context, "a-1", "blue", "192.0.2.11");
        await CreateAsync(context, "a-2", "blue", "192.0.2.12");
        context.Driver.FailClusterPorts.Add("a-1");

        var warnings = await context.Remover.RemoveAsync("a-2", force: false, Token);

        Assert.Null(await context.Store.FindAsync("a-2", Token));
        var warning = Assert.Single(warnings);
        Assert.Contains("still lets its old address reach the cluster ports", warning);
        Assert.Contains("a-1: iptables-restore failed", warning);
    }

    [Fact]
    public async Task RestrictAsync_HostsBeingCreatedOrRemoved_AreNeitherPeersNorGuarded()
    {
        using var context = new HostsTestContext();
        await CreateAsync(context, "a-1", "blue", "192.0.2.11");
        await CreateAsync(context, "a-2", "blue", "192.0.2.12");
        await CreateAsync(context, "a-3", "blue", "192.0.2.13");
        await context.Store.UpdateAsync("a-2", h => h with { State = HostState.Creating }, Token);
        await context.Store.UpdateAsync("a-3", h => h with { State = HostState.Removing }, Token);

        await context.Services.GetRequiredService<PoolClusterPorts>().RefreshAsync("blue", Token);

        Assert.Equal(["192.0.2.11"], context.Driver.ClusterPeers["a-1"]);
        Assert.Single(context.Driver.ClusterPeers);
    }

    private static async Task CreateAsync(HostsTestContext context, string name, string pool, string address)
    {
        context.Driver.Address = address;
        await context.Creator.CreateAsync(new HostSpec { Name = name, Driver = "fake", Pool = pool }, new Steps(), Token);
    }
}

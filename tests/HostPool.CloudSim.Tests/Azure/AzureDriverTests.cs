using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Azure;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>The azure driver against the simulator with the real Azure SDK: create, lifecycle, remove, errors.</summary>
public sealed class AzureDriverTests(AzureSimulatorFixture sim) : IClassFixture<AzureSimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_TwoHostsThenRemove_SharePoolNetworkAndLeaveNothing()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var (first, firstRecord) = await harness.CreateAsync(harness.Spec("a1", "two"), Token);
        var (second, _) = await harness.CreateAsync(harness.Spec("a2", "two"), Token);

        var live = Sim.PoolLeaks(sim.Server, "two");
        Assert.Equal(2, live.Count(r => r.Kind == "Microsoft.Compute/virtualMachines"));
        Assert.Equal(2, live.Count(r => r.Kind == "Microsoft.Compute/disks"));
        Assert.Single(live, r => r.Kind == "Microsoft.Network/virtualNetworks");
        Assert.Single(live, r => r.Kind == "Microsoft.Network/networkSecurityGroups");
        Assert.Single(live, r => r.Kind == "resource-group");
        Assert.NotEqual(first.PublicAddress, second.PublicAddress);
        Assert.Equal("root", first.Ssh.User);
        Assert.Contains(firstRecord.Resources, r => r.Kind == "azure-os-disk");

        await harness.RemoveAsync("a1", Token);
        Assert.Single(Sim.PoolLeaks(sim.Server, "two"), r => r.Kind == "Microsoft.Network/virtualNetworks");
        await harness.RemoveAsync("a2", Token);

        Assert.Empty(Sim.PoolLeaks(sim.Server, "two"));
    }

    [Fact]
    public async Task StopAsync_DefaultAndPowerOff_DeallocatesOrKeepsTheStaticAddress()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var (handle, record) = await harness.CreateAsync(harness.Spec("s1", "stops"), Token);
        await harness.Driver.StopAsync(record, Token);
        var stopped = await harness.Driver.GetStatusAsync(record, Token);
        await harness.Driver.StartAsync(record, Token);
        var started = await harness.Driver.GetStatusAsync(record, Token);

        var (_, other) = await harness.CreateAsync(harness.Spec("s2", "stops", (AzureFlags.StopMode, "poweroff")), Token);
        await harness.Driver.StopAsync(other, Token);
        var poweredOff = await harness.Driver.GetStatusAsync(other, Token);
        await harness.RemoveAsync("s1", Token);
        await harness.RemoveAsync("s2", Token);

        Assert.Equal(MachineState.Stopped, stopped.State);
        Assert.Equal("PowerState/deallocated", stopped.Detail);
        Assert.Equal(handle.PublicAddress, stopped.PublicAddress);
        Assert.Equal(MachineState.Running, started.State);
        Assert.Equal("PowerState/stopped", poweredOff.Detail);
        Assert.Empty(Sim.PoolLeaks(sim.Server, "stops"));
    }

    [Fact]
    public async Task RemoveAsync_PoolsLastTwoHostsAtOnce_BothSucceedAndLeaveNothing()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        await harness.CreateAsync(harness.Spec("p1", "pair"), Token);
        await harness.CreateAsync(harness.Spec("p2", "pair"), Token);

        // Each removal sees itself as the pool's last host and deletes the pool's resource group; one finds it gone.
        await Task.WhenAll(harness.RemoveAsync("p1", Token), harness.RemoveAsync("p2", Token));

        Assert.Empty(Sim.PoolLeaks(sim.Server, "pair"));
    }

    [Fact]
    public async Task DeleteAsync_ResourceGroupAlreadyGone_CountsAsDoneNotAsAFailure()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var calls = harness.Services.Connect(harness.Connection);
        var missing = $"/subscriptions/{sim.Simulator.Options.SubscriptionId}/resourceGroups/hostpool-never-made";

        Assert.False(await HostPool.Providers.Azure.AzureResources.DeleteAsync(calls, missing, Token));
    }

    [Fact]
    public async Task RemoveAsync_Twice_SecondFindsNothingAndSucceeds()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var (_, record) = await harness.CreateAsync(harness.Spec("r1", "again"), Token);
        await harness.Driver.RemoveAsync(record, Token);
        await harness.Driver.RemoveAsync(record, Token);

        Assert.Empty(Sim.PoolLeaks(sim.Server, "again"));
        Assert.Equal(MachineState.NotFound, (await harness.Driver.GetStatusAsync(record, Token)).State);
    }
}

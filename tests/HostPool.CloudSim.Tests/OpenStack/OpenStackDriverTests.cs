using HostPool.Providers.Model;
using HostPool.Providers.OpenStack;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The openstack driver against the OpenStack simulator: create, status, lifecycle, remove, rollback and gc.</summary>
public sealed class OpenStackDriverTests(OsSimulatorFixture sim) : IClassFixture<OsSimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_DefaultFlags_ActiveServerWithTaggedResourcesAndRemoveLeavesNothing()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var pool = "os-create";

        var (handle, record) = await harness.CreateAsync(harness.Spec("h1", pool), Token);
        var status = await harness.Driver.GetStatusAsync(record, Token);
        var live = OsHarness.PoolLeaks(sim.Server, pool);
        await harness.RemoveAsync("h1", Token);

        Assert.Equal(MachineState.Running, status.State);
        Assert.Equal(handle.PublicAddress, handle.Ssh.Address);
        Assert.Equal("root", handle.Ssh.User);
        Assert.Equal(["keypair", "security-group", "server"], live.Select(r => r.Kind).Order().ToArray());
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
        Assert.DoesNotContain(sim.Server.Simulator.LiveResources(), r => r.Kind == "port");
    }
}

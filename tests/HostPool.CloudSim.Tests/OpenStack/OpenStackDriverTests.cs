using HostPool.CloudSim.Common;
using HostPool.Providers.Model;
using HostPool.Providers.OpenStack;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The openstack driver against the OpenStack simulator: create, status, lifecycle, floating IPs, remove, rollback and faults.</summary>
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

    [Fact]
    public async Task CreateAsync_FloatingIpPool_AddressIsTheFloatingIpAndRemoveReleasesIt()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var pool = "os-fip";

        var (handle, _) = await harness.CreateAsync(harness.Spec("h1", pool, (OpenStackFlags.FloatingIpPool, "public")), Token);
        var floating = OsHarness.PoolLeaks(sim.Server, pool).Where(r => r.Kind == "floating-ip").ToList();
        await harness.RemoveAsync("h1", Token);

        Assert.StartsWith("127.78.", handle.PublicAddress);
        Assert.NotEqual(handle.PublicAddress, handle.PrivateAddress);
        Assert.Equal("ACTIVE", Assert.Single(floating).State);
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task StopAndStartAsync_RunningHost_StoppedThenRunning()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var (_, record) = await harness.CreateAsync(harness.Spec("h1", "os-power"), Token);

        await harness.Driver.StopAsync(record, Token);
        var stopped = await harness.Driver.GetStatusAsync(record, Token);
        await harness.Driver.StartAsync(record, Token);
        var started = await harness.Driver.GetStatusAsync(record, Token);
        await harness.Driver.RestartAsync(record, Token);
        var restarted = await harness.Driver.GetStatusAsync(record, Token);
        await harness.RemoveAsync("h1", Token);

        Assert.Equal(MachineState.Stopped, stopped.State);
        Assert.Equal(MachineState.Running, started.State);
        Assert.Equal(MachineState.Running, restarted.State);
    }

    [Fact]
    public async Task CreateAsync_NoValidHost_ThrowsWithNovasFaultAndRemoveLeavesNothing()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var pool = "os-novalidhost";
        using var faults = sim.WithFaults(new FaultPlan { CapacityErrors = 1 });

        var error = await Assert.ThrowsAsync<ProviderException>(() => harness.CreateAsync(harness.Spec("h1", pool), Token));
        await harness.RemoveAsync("h1", Token);

        Assert.Contains("went to ERROR: No valid host was found", error.Message);
        Assert.Contains($"--{OpenStackFlags.Flavor}", error.Message);
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_ServerCreateAnswerLost_FindsTheServerByTagAndMakesOnlyOne()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var pool = "os-lost";
        using var faults = sim.WithFaults(new FaultPlan { FailAt = [new ScriptedFault("servers_create", 1) { AfterEffect = true }] });

        await harness.CreateAsync(harness.Spec("h1", pool), Token);
        var servers = OsHarness.PoolLeaks(sim.Server, pool).Count(r => r.Kind == "server");
        await harness.RemoveAsync("h1", Token);

        Assert.Equal(1, servers);
        Assert.Equal(1, sim.Server.Simulator.Faults.Calls["servers_create"]);
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_TokenRevokedMidway_AuthenticatesAgainAndSucceeds()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var pool = "os-reauth";
        var before = sim.Simulator.TokenCounts;
        using var faults = sim.WithFaults(new FaultPlan { FailAt = [new ScriptedFault("networks_list", 1) { Code = "Unauthorized" }] });

        await harness.CreateAsync(harness.Spec("h1", pool), Token);
        var after = sim.Simulator.TokenCounts;
        await harness.RemoveAsync("h1", Token);

        Assert.Equal(2, after.Issued - before.Issued);
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_TwoHostsOfAPool_ShareOneSecurityGroupDeletedWithTheLast()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var pool = "os-shared";

        await Task.WhenAll(harness.CreateAsync(harness.Spec("h1", pool), Token), harness.CreateAsync(harness.Spec("h2", pool), Token));
        var groups = OsHarness.PoolLeaks(sim.Server, pool).Count(r => r.Kind == "security-group");
        await harness.RemoveAsync("h1", Token);
        var afterFirst = OsHarness.PoolLeaks(sim.Server, pool).Count(r => r.Kind == "security-group");
        await harness.RemoveAsync("h2", Token);

        Assert.Equal(1, groups);
        Assert.Equal(1, afterFirst);
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_LongestHostAndPoolNames_ServerTagsFitNovasSixtyCharactersAndRemoveLeavesNothing()
    {
        using var harness = new OsHarness(sim.Endpoint);
        var name = "h" + new string('x', 61) + "1";
        var pool = "p" + new string('y', 61) + "1";

        await harness.CreateAsync(harness.Spec(name, pool), Token);
        var server = Assert.Single(sim.Server.Simulator.LiveResources(), r => r.Kind == "server" && r.Tags.GetValueOrDefault("name") == name);
        await harness.RemoveAsync(name, Token);

        Assert.Equal("ACTIVE", server.State);
        Assert.DoesNotContain(sim.Server.Simulator.LiveResources(), r => r.Tags.GetValueOrDefault("name") == name);
        Assert.Empty(OsHarness.PoolLeaks(sim.Server, pool));
    }
}

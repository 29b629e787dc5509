using System.Net.Http.Headers;
using System.Text.Json;
using HostPool.CloudSim.Common;
using HostPool.Providers;
using HostPool.Providers.DigitalOcean;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>The digitalocean driver against the simulator: create, remove, rollback, lost answers, lifecycle, errors.</summary>
public sealed class DigitalOceanDriverTests(DoSimulatorFixture sim) : IClassFixture<DoSimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string NewPool() => "p" + Guid.NewGuid().ToString("n")[..10];

    [Fact]
    public async Task CreateAsync_ThreeHostsInOnePool_ShareOneFirewallAndRemoveLeavesNothing()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();

        var created = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => harness.CreateAsync(harness.Spec($"web-{i}", pool), Token)));
        var whileRunning = DoHarness.PoolLeaks(sim.Server, pool);
        await Task.WhenAll(created.Select(c => harness.RemoveAsync(c.Record.Name, Token)));

        Assert.Equal(3, whileRunning.Count(r => r.Kind == "droplet"));
        Assert.Equal(3, whileRunning.Count(r => r.Kind == "ssh-key"));
        Assert.Single(whileRunning, r => r.Kind == "firewall");
        Assert.All(created, c => Assert.Equal("root", c.Handle.Ssh.User));
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_PoolFirewall_OpensSshAndDockerToTheSourceAndSwarmToThePoolTag()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();

        var (_, record) = await harness.CreateAsync(harness.Spec("fw-1", pool, (DigitalOceanFlags.SourceCidr, "203.0.113.0/24")), Token);
        using var firewall = await GetAsync($"v2/firewalls/{record.ProviderData["digitalocean-firewall"]}");
        await harness.RemoveAsync("fw-1", Token);

        var body = firewall.RootElement.GetProperty("firewall");
        var inbound = body.GetProperty("inbound_rules").EnumerateArray().ToList();
        Assert.Equal([$"hostpool-pool:{pool}"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([long.Parse(record.ProviderId!, System.Globalization.CultureInfo.InvariantCulture)], body.GetProperty("droplet_ids").EnumerateArray().Select(d => d.GetInt64()));
        Assert.Contains(inbound, r => r.GetProperty("ports").GetString() == "2376" && r.GetProperty("sources").GetProperty("addresses")[0].GetString() == "203.0.113.0/24");
        Assert.Contains(inbound, r => r.GetProperty("ports").GetString() == "4789" && r.GetProperty("protocol").GetString() == "udp"
            && r.GetProperty("sources").GetProperty("tags")[0].GetString() == $"hostpool-pool:{pool}");
        Assert.Equal(3, body.GetProperty("outbound_rules").GetArrayLength());
    }

    [Fact]
    public async Task CreateAsync_DropletAnswerLost_RemoveFindsTheDropletByItsCreateTag()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        sim.Server.Simulator.Faults.Set(new FaultPlan { FailAt = [new ScriptedFault("droplets_create", 1) { Code = "forbidden", AfterEffect = true }] });

        var error = await Assert.ThrowsAsync<UsageException>(() => harness.CreateAsync(harness.Spec("lost-1", pool), Token));
        sim.Server.Simulator.Faults.Set(FaultPlan.None);
        var before = DoHarness.PoolLeaks(sim.Server, pool);
        var record = await harness.Store.FindAsync("lost-1", Token);
        await harness.RemoveAsync("lost-1", Token);

        Assert.Contains("scope", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(record!.Resources, r => r.Kind == "digitalocean-droplet");
        Assert.Single(before, r => r.Kind == "droplet");
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_ServerErrorAfterTheDropletWasMade_AdoptsItInsteadOfMakingASecond()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        sim.Server.Simulator.Faults.Set(new FaultPlan { FailAt = [new ScriptedFault("droplets_create", 1) { Code = "server_error", AfterEffect = true }] });

        var (_, record) = await harness.CreateAsync(harness.Spec("once-1", pool), Token);
        var report = sim.Server.Simulator.Faults.Calls;
        sim.Server.Simulator.Faults.Set(FaultPlan.None);
        var droplets = DoHarness.PoolLeaks(sim.Server, pool).Where(r => r.Kind == "droplet").ToList();
        await harness.RemoveAsync("once-1", Token);

        Assert.Equal(1, report["droplets_create"]);
        Assert.Equal(record.ProviderId, Assert.Single(droplets).Id);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_KeyAnswerLost_RetryAdoptsTheKeyByFingerprint()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        sim.Server.Simulator.Faults.Set(new FaultPlan { FailAt = [new ScriptedFault("sshKeys_create", 1) { Code = "server_error", AfterEffect = true }] });

        var (_, record) = await harness.CreateAsync(harness.Spec("key-1", pool), Token);
        sim.Server.Simulator.Faults.Set(FaultPlan.None);
        var keys = DoHarness.PoolLeaks(sim.Server, pool).Where(r => r.Kind == "ssh-key").ToList();
        await harness.RemoveAsync("key-1", Token);

        Assert.Equal(record.ProviderData["digitalocean-key-fingerprint"], Assert.Single(keys).State);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_SizeNotOffered_ThrowsUsageExceptionNamingTheFlagAndLeavesNothing()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();

        var error = await Assert.ThrowsAsync<UsageException>(() => harness.CreateAsync(harness.Spec("size-1", pool, (DigitalOceanFlags.Size, "s-64vcpu-999gb")), Token));
        await harness.RemoveAsync("size-1", Token);

        Assert.Contains("--digitalocean-size", error.Message, StringComparison.Ordinal);
        Assert.Contains("422 unprocessable_entity", error.Message, StringComparison.Ordinal);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_HalfTheCallsThrottled_WaitsAndSucceeds()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        sim.Server.Simulator.Faults.Set(new FaultPlan { Seed = 7, ThrottleRate = 0.5 });

        var (handle, _) = await harness.CreateAsync(harness.Spec("busy-1", pool), Token);
        var injected = sim.Server.Simulator.Faults.Injected;
        sim.Server.Simulator.Faults.Set(FaultPlan.None);
        await harness.RemoveAsync("busy-1", Token);

        Assert.True(injected > 0, "no call was throttled");
        Assert.NotEmpty(handle.PublicAddress);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task StopThenStart_ActionsPolledToCompletion_StatusFollows()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        var (_, record) = await harness.CreateAsync(harness.Spec("power-1", pool), Token);

        await harness.Driver.StopAsync(record, Token);
        var stopped = await harness.Driver.GetStatusAsync(record, Token);
        await harness.Driver.StartAsync(record, Token);
        var started = await harness.Driver.GetStatusAsync(record, Token);
        await harness.Driver.RestartAsync(record, Token);
        await harness.RemoveAsync("power-1", Token);

        Assert.Equal(MachineState.Stopped, stopped.State);
        Assert.Equal(MachineState.Running, started.State);
        Assert.NotNull(started.PublicAddress);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task RemoveAsync_Twice_SecondFindsEverythingGoneAndSucceeds()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        var (_, record) = await harness.CreateAsync(harness.Spec("twice-1", pool), Token);

        await harness.Driver.RemoveAsync(record, Token);
        await harness.Driver.RemoveAsync(record, Token);
        var status = await harness.Driver.GetStatusAsync(record, Token);

        Assert.Equal(MachineState.NotFound, status.State);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task Gc_RecordGone_FindsDropletKeyAndFirewallAndDeletesThem()
    {
        using var harness = new DoHarness(sim.Endpoint);
        var pool = NewPool();
        await harness.CreateAsync(harness.Spec("gone-1", pool), Token);
        await harness.Store.DeleteAsync("gone-1", Token);

        var orphans = (await harness.Gc.FindAsync(harness.Connection, Token)).Where(o => o.Pool == pool).ToList();
        var result = await harness.Gc.DeleteAsync(harness.Connection, orphans, Token);

        Assert.Equal(["droplet", "firewall", "ssh-key"], orphans.Select(o => o.Kind).Order(StringComparer.Ordinal));
        Assert.Equal("gone-1", orphans.Single(o => o.Kind == "droplet").Host);
        Assert.Empty(result.Kept);
        Assert.Empty(DoHarness.PoolLeaks(sim.Server, pool));
    }

    private async Task<JsonDocument> GetAsync(string path)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sim.Endpoint, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DoSimulatorFixture.Token);
        using var response = await http.SendAsync(request, Token);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
    }
}

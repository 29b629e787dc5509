using HostPool.CloudSim.Common;
using HostPool.CloudSim.DigitalOcean;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>
/// The digitalocean driver against the simulator with real local hosts behind its droplets: two hosts answer SSH with
/// their own keys, and removing them leaves neither API resources nor machines. Needs root (the local driver does).
/// </summary>
public sealed class DoLocalBackendTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_TwoHostsOnLocalBackend_AnswerSshWithTheirKeysAndRemoveLeavesNothing()
    {
        // rm takes the token from the environment, as a user's shell provides it; this class does not share the fixture that sets it.
        Environment.SetEnvironmentVariable("DIGITALOCEAN_ACCESS_TOKEN", DoSimulatorFixture.Token);
        await using var local = LocalSimBackend.Create();
        // The harness polls every 50 ms for speed; the rate limits are the fixture's (tested elsewhere), not DigitalOcean's.
        await using var server = await SimServer.StartAsync(new DoSimulator(new DoSimOptions { TransitionTime = TimeSpan.FromMilliseconds(100), RequestsPerHour = 1_000_000, RequestsPerMinute = 1_000_000 }, local.Backend, TimeProvider.System), 0, Token);
        using var harness = new DoHarness(server.Endpoint);

        var hosts = await Task.WhenAll(new[] { "do-e2e-1", "do-e2e-2" }.Select(name => harness.CreateAsync(harness.Spec(name, "do-e2e"), Token)));
        var hostnames = new List<string>();
        foreach (var (handle, _) in hosts)
        {
            hostnames.Add(await LocalSimBackend.HostnameAsync(harness, handle, Token));
        }

        var whileRunning = server.Simulator.LiveResources();
        await Task.WhenAll(hosts.Select(h => harness.RemoveAsync(h.Record.Name, Token)));

        Assert.Equal(hosts.Select(h => "do-" + h.Record.ProviderId), hostnames);
        Assert.Equal(2, whileRunning.Count(r => r.Kind == "machine:local"));
        Assert.Empty(server.Simulator.LiveResources());
        Assert.Empty(local.Backend.Machines);
    }
}

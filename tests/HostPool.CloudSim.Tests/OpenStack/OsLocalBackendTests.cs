using HostPool.CloudSim.OpenStack;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>
/// The openstack driver against the simulator with real local hosts behind its servers: two hosts answer SSH with the
/// imported key pair, and removing them leaves neither API resources nor machines. Needs root (the local driver does).
/// </summary>
public sealed class OsLocalBackendTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_TwoHostsOnLocalBackend_AnswerSshWithTheirKeysAndRemoveLeavesNothing()
    {
        await using var local = LocalSimBackend.Create();
        await using var server = await OsHarness.StartAsync(new OsSimOptions { TransitionTime = TimeSpan.FromMilliseconds(100) }, local.Backend, Token);
        using var harness = new OsHarness(server.Endpoint);

        var hosts = await Task.WhenAll(new[] { "os-e2e-1", "os-e2e-2" }.Select(name => harness.CreateAsync(harness.Spec(name, "os-e2e"), Token)));
        var hostnames = new List<string>();
        foreach (var (handle, _) in hosts)
        {
            hostnames.Add(await LocalSimBackend.HostnameAsync(harness, handle, Token));
        }

        var whileRunning = server.Simulator.LiveResources();
        await Task.WhenAll(hosts.Select(h => harness.RemoveAsync(h.Record.Name, Token)));

        Assert.Equal(hosts.Select(h => OsCloud.MachineName(h.Record.ProviderId!)), hostnames);
        Assert.Equal(2, whileRunning.Count(r => r.Kind == "machine:local"));
        Assert.Empty(server.Simulator.LiveResources());
        Assert.Empty(local.Backend.Machines);
    }
}

using HostPool.CloudSim.Common;
using HostPool.CloudSim.OpenStack;
using HostPool.Providers;
using Renci.SshNet;

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
        Assert.SkipUnless(Environment.UserName == "root" && File.Exists("/usr/sbin/sshd"), "local hosts need root and OpenSSH's sshd");
        var simHome = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-cloudsim-tests", Guid.NewGuid().ToString("n")[..8]));
        var backend = MachineBackends.Local(simHome, TimeProvider.System);
        await using var server = await OsHarness.StartAsync(new OsSimOptions { TransitionTime = TimeSpan.FromMilliseconds(100) }, backend, Token);
        using var harness = new OsHarness(server.Endpoint);
        try
        {
            var hosts = await Task.WhenAll(new[] { "os-e2e-1", "os-e2e-2" }.Select(name => harness.CreateAsync(harness.Spec(name, "os-e2e"), Token)));
            var hostnames = new List<string>();
            foreach (var (handle, _) in hosts)
            {
                using var ssh = new SshClient(handle.Ssh.Address, handle.Ssh.Port, handle.Ssh.User, new PrivateKeyFile(harness.Home.Resolve(handle.Ssh.PrivateKeyPath)));
                await ssh.ConnectAsync(Token);
                hostnames.Add(ssh.RunCommand("hostname").Result.Trim());
                ssh.Disconnect();
            }

            var whileRunning = server.Simulator.LiveResources();
            await Task.WhenAll(hosts.Select(h => harness.RemoveAsync(h.Record.Name, Token)));

            Assert.Equal(hosts.Select(h => OsCloud.MachineName(h.Record.ProviderId!)), hostnames);
            Assert.Equal(2, whileRunning.Count(r => r.Kind == "machine:local"));
            Assert.Empty(server.Simulator.LiveResources());
            Assert.Empty(backend.Machines);
        }
        finally
        {
            await ((IAsyncDisposable)backend).DisposeAsync();
            if (Directory.Exists(simHome.Root))
            {
                Directory.Delete(simHome.Root, recursive: true);
            }
        }
    }
}

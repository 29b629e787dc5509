using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers;
using Renci.SshNet;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>
/// The azure driver against the simulator with real local hosts behind its VMs: two hosts answer SSH with the key
/// the driver generated and gave the VM's osProfile, and removing them leaves neither Azure resources nor machines.
/// Needs root (the local driver does).
/// </summary>
public sealed class AzureLocalBackendTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_TwoHostsOnLocalBackend_AnswerSshWithTheHostKeyAndRemoveLeavesNothing()
    {
        Assert.SkipUnless(Environment.UserName == "root" && File.Exists("/usr/sbin/sshd"), "local hosts need root and OpenSSH's sshd");
        var simHome = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-cloudsim-tests", Guid.NewGuid().ToString("n")[..8]));
        var backend = MachineBackends.Local(simHome, TimeProvider.System, LocalSimBackend.OwnBridge());
        var (simulator, server) = await AzureSimulatorFixture.StartAsync(backend, TimeSpan.FromMilliseconds(100));
        using var harness = new AzureHarness(server, simulator);
        try
        {
            var hostnames = new List<string>();
            foreach (var name in new[] { "e2e-1", "e2e-2" })
            {
                var (handle, _) = await harness.CreateAsync(harness.Spec(name, "aze2e"), Token);
                using var ssh = new SshClient(handle.Ssh.Address, handle.Ssh.Port, handle.Ssh.User, new PrivateKeyFile(harness.Home.Resolve(handle.Ssh.PrivateKeyPath)));
                await ssh.ConnectAsync(Token);
                hostnames.Add(ssh.RunCommand("hostname").Result.Trim());
                ssh.Disconnect();
            }

            var machinesWhileUp = backend.Machines.Count;
            await harness.RemoveAsync("e2e-1", Token);
            await harness.RemoveAsync("e2e-2", Token);

            Assert.All(hostnames, h => Assert.Matches("^az-[0-9a-f]{8}$", h));
            Assert.Equal(2, hostnames.Distinct().Count());
            Assert.Equal(2, machinesWhileUp);
            Assert.Empty(simulator.LiveResources());
            Assert.Empty(backend.Machines);
        }
        finally
        {
            await server.DisposeAsync();
            await simulator.DisposeAsync();
            await ((IAsyncDisposable)backend).DisposeAsync();
            if (Directory.Exists(simHome.Root))
            {
                Directory.Delete(simHome.Root, recursive: true);
            }
        }
    }
}

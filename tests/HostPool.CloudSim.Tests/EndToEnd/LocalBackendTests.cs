using HostPool.CloudSim.Common;
using HostPool.CloudSim.Ec2;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers;
using Renci.SshNet;

namespace HostPool.CloudSim.Tests.EndToEnd;

/// <summary>
/// The ec2 driver against the simulator with real local hosts behind its instances: the host answers SSH with the
/// imported key, and removing it leaves neither cloud resources nor machines. Needs root (the local driver does).
/// </summary>
public sealed class LocalBackendTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_LocalBackend_HostAnswersSshWithTheImportedKeyAndRemoveLeavesNothing()
    {
        Assert.SkipUnless(Environment.UserName == "root" && File.Exists("/usr/sbin/sshd"), "local hosts need root and OpenSSH's sshd");
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", SimulatorFixture.AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", SimulatorFixture.SecretKey);
        var simHome = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-cloudsim-tests", Guid.NewGuid().ToString("n")[..8]));
        var backend = MachineBackends.Local(simHome, TimeProvider.System);
        await using var server = await SimServer.StartAsync(new Ec2Simulator(new Ec2SimOptions { TransitionTime = TimeSpan.FromMilliseconds(100) }, backend, TimeProvider.System), 0, Token);
        using var harness = new Ec2Harness(server.Endpoint);
        try
        {
            var (handle, _) = await harness.CreateAsync(harness.Spec("e2e-1", "e2e"), Token);

            using var ssh = new SshClient(handle.Ssh.Address, handle.Ssh.Port, handle.Ssh.User, new PrivateKeyFile(harness.Home.Resolve(handle.Ssh.PrivateKeyPath)));
            await ssh.ConnectAsync(Token);
            var hostname = ssh.RunCommand("hostname").Result.Trim();
            ssh.Disconnect();
            await harness.RemoveAsync("e2e-1", Token);

            Assert.Matches(@"^i-[0-9a-f]{17}$", hostname);
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

using HostPool.CloudSim.Common;
using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Local;
using Renci.SshNet;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>
/// A local machine backend in a home of its own for one test (real local hosts: needs root and sshd, else the test is
/// skipped), on a bridge and range of its own, as the local driver's own tests do: tests running at once never make
/// and remove hosts on one shared bridge. Disposing removes every machine still there and the home.
/// </summary>
internal sealed class LocalSimBackend : IAsyncDisposable
{
    private static int _counter;

    private LocalSimBackend(HostPoolHome home)
    {
        Home = home;
        Backend = MachineBackends.Local(home, TimeProvider.System, OwnBridge());
    }

    /// <summary>Local driver flags naming a bridge and a /24 (10.211.N.0/24) that no other test of this run uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> OwnBridge()
    {
        var slot = (Environment.ProcessId * 17 + Interlocked.Increment(ref _counter)) % 250;
        return new Dictionary<string, IReadOnlyList<string>>
        {
            [LocalFlags.Bridge] = [$"hpcs{slot}"],
            [LocalFlags.Subnet] = [$"10.211.{slot}.0/24"],
        };
    }

    public HostPoolHome Home { get; }

    public IMachineBackend Backend { get; }

    public static LocalSimBackend Create()
    {
        Assert.SkipUnless(Environment.UserName == "root" && File.Exists("/usr/sbin/sshd"), "local hosts need root and OpenSSH's sshd");
        return new LocalSimBackend(new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-cloudsim-tests", Guid.NewGuid().ToString("n")[..8])));
    }

    /// <summary>Logs in to the host with the key the driver wrote and returns what `hostname` says.</summary>
    public static async Task<string> HostnameAsync(DriverHarness harness, MachineHandle handle, CancellationToken cancellationToken)
    {
        using var ssh = new SshClient(handle.Ssh.Address, handle.Ssh.Port, handle.Ssh.User, new PrivateKeyFile(harness.Home.Resolve(handle.Ssh.PrivateKeyPath)));
        await ssh.ConnectAsync(cancellationToken);
        var hostname = ssh.RunCommand("hostname").Result.Trim();
        ssh.Disconnect();
        return hostname;
    }

    public async ValueTask DisposeAsync()
    {
        await ((IAsyncDisposable)Backend).DisposeAsync();
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

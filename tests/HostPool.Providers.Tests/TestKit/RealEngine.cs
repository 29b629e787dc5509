using System.Net;
using System.Net.Sockets;
using System.Text;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>
/// A real dockerd on loopback, configured and started the way the provisioner does it on a host without
/// systemd (rendered daemon.json, dockerd command line and supervisor script), in its own temporary folders,
/// with --iptables=false so the machine's FORWARD policy is left alone. Stopped and removed on dispose.
/// </summary>
public sealed class RealEngine : IAsyncLifetime
{
    public const string Dockerd = "/usr/sbin/dockerd";

    public const string Label = "hostpool.test=real-engine";

    /// <summary>dockerd before 23.0 writes a trust key here (only daemon.json can move it); removed again if the test made it.</summary>
    private const string TrustKeyFile = "/etc/docker/key.json";

    private readonly TemporaryDirectory directory = new();

    private bool trustKeyExisted = true;

    public string? SkipReason { get; private set; }

    public HostPoolHome Home { get; private set; } = null!;

    public HostRecord Host { get; private set; } = null!;

    internal EngineLayout Layout { get; private set; } = null!;

    public string LocalSocket => Path.Combine(directory.Path, "docker.sock");

    public async ValueTask InitializeAsync()
    {
        SkipReason = !Environment.IsPrivilegedProcess ? "a real dockerd needs root; run the tests as root to prove the engine's mutual TLS"
            : !File.Exists(Dockerd) ? $"{Dockerd} is missing; install docker.io to prove the engine's mutual TLS"
            : null;
        if (SkipReason is not null)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        Home = directory.Home();
        var authority = CertificateAuthority.Create(Home, TimeProvider.System);
        List<string> options =
        [
            $"data-root={directory.Path}/data", $"exec-root={directory.Path}/exec",
            "iptables=false", "ip-forward=false", "bridge=none",
        ];
        trustKeyExisted = File.Exists(TrustKeyFile);
        var engine = new EngineOptions { Port = FreePort(), Options = options };
        Host = new HostRecord { Name = "engine-test", Pool = "default", Driver = "local", PublicAddress = "127.0.0.1", Engine = engine };
        var server = await authority.EnsureServerCertificateAsync(Host, regenerate: false, cancellationToken);
        Layout = new EngineLayout(Path.Combine(directory.Path, "etc"), Path.Combine(directory.Path, "run"));
        Directory.CreateDirectory(Layout.ConfigDirectory);
        File.Copy(Home.CaCertificateFile, Layout.CaFile);
        File.Copy(server.CertificateFile, Layout.ServerCertificateFile);
        File.Copy(server.KeyFile, Layout.ServerKeyFile);
        await File.WriteAllTextAsync(Layout.DaemonJsonFile, DaemonJson.Render(Layout, [Label], [], []), cancellationToken);
        var command = DockerdCommand.Build(Dockerd, Layout, $"unix://{LocalSocket}", engine, supervised: true);
        await File.WriteAllTextAsync(Layout.SupervisorScript, SupervisorScript.Render(Layout, command, []), cancellationToken);

        await SuperviseAsync("start", cancellationToken);
        var readiness = new EngineReadiness(
            new DockerEngineProbe(EngineClients.Create(Home, TimeProvider.System)),
            new ProvisioningOptions { EngineReadyRetries = 120, EngineReadyDelay = TimeSpan.FromMilliseconds(500) },
            TimeProvider.System);
        try
        {
            await readiness.WaitAsync(Host, cancellationToken);
        }
        catch (ProviderException exception)
        {
            throw new InvalidOperationException($"{exception.Message}\ndockerd log:\n{ReadLog()}", exception);
        }
    }

    public Task<(int ExitCode, string Output, string Error)> SuperviseAsync(string verb, CancellationToken cancellationToken) =>
        ShellCommand.RunAsync($"sh '{Layout.SupervisorScript}' {verb}", cancellationToken);

    public int? DockerdPid() =>
        File.Exists(Layout.DockerdPidFile) && int.TryParse(File.ReadAllText(Layout.DockerdPidFile).Trim(), out var pid) ? pid : null;

    public string ReadLog() => File.Exists(Layout.DockerdLogFile) ? File.ReadAllText(Layout.DockerdLogFile, Encoding.UTF8) : "(no log)";

    public async ValueTask DisposeAsync()
    {
        if (SkipReason is null && Layout is not null && File.Exists(Layout.SupervisorScript))
        {
            var stopped = await SuperviseAsync("stop", CancellationToken.None);
            if (stopped.ExitCode != 0)
            {
                await ShellCommand.RunAsync(
                    $"for f in '{Layout.RunDirectory}/supervisor.pid' '{Layout.DockerdPidFile}'; do [ -s \"$f\" ] && kill -9 \"$(cat \"$f\")\"; done; true",
                    CancellationToken.None);
            }
        }

        if (!trustKeyExisted)
        {
            File.Delete(TrustKeyFile);
        }

        directory.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Text;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// Provisions a host over SSH: detects the OS and init system, installs Docker when missing, sets the
/// hostname when asked, writes the server certificate and the engine configuration (only files that differ),
/// (re)starts dockerd when something changed, and proves the mutual-TLS endpoint with /_ping and /info.
/// </summary>
internal sealed class SshProvisioner(
    ISshConnector connector,
    ICertificateAuthority authority,
    DockerInstaller installer,
    EngineReadiness readiness,
    EngineLayout layout) : IProvisioner
{
    public async Task<ProvisionResult> ProvisionAsync(ProvisionRequest request, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var host = request.Host;
        var ssh = host.Ssh ?? throw new InvalidInputException($"Host '{host.Name}' has no SSH endpoint; its driver must set one before provisioning.");
        if (string.IsNullOrWhiteSpace(host.PublicAddress))
        {
            throw new InvalidInputException($"Host '{host.Name}' has no address; its driver must set one before provisioning.");
        }

        progress.Report(ProgressSteps.WaitingForSsh);
        await using var session = await connector.ConnectAsync(host.Name, ssh, cancellationToken).ConfigureAwait(false);
        var shell = new RootShell(session, host.Name);

        progress.Report(ProgressSteps.DetectingOs);
        var facts = await HostDetector.DetectAsync(shell, cancellationToken).ConfigureAwait(false);
        var environment = DockerdCommand.Environment(host.Engine);
        var daemonJson = DaemonJson.Render(layout, request.SystemLabels.Concat(host.Engine.Labels), host.Engine.InsecureRegistries, host.Engine.RegistryMirrors);
        DockerdCommand.Build("dockerd", layout, facts.LocalSocket, host.Engine, facts.Init == InitSystem.Supervised);

        var engine = await installer.EnsureInstalledAsync(shell, facts.Os, host.Engine, progress, cancellationToken).ConfigureAwait(false);
        if (engine.Installed && facts.Init == InitSystem.Systemd)
        {
            facts = facts with { HasDockerSocketUnit = await HasDockerSocketUnitAsync(shell, cancellationToken).ConfigureAwait(false) };
        }

        if (request.SetHostname)
        {
            progress.Report(ProgressSteps.SettingHostname);
            await shell.RunCheckedAsync(HostnameStep.Script(host.Name, facts.SharesMachineMounts), "set the hostname", cancellationToken).ConfigureAwait(false);
        }

        progress.Report(ProgressSteps.WritingCertificates);
        var server = await authority.EnsureServerCertificateAsync(host, request.RegenerateCertificates, cancellationToken).ConfigureAwait(false);
        var certificatesChanged = await RemoteFileSync.ApplyAsync(shell, CertificateFiles(server), cancellationToken).ConfigureAwait(false);

        progress.Report(ProgressSteps.ConfiguringEngine);
        IEngineService service = facts.Init == InitSystem.Systemd ? new SystemdEngineService() : new SupervisedEngineService(layout);
        var command = DockerdCommand.Build(engine.DockerdPath, layout, facts.LocalSocket, host.Engine, facts.Init == InitSystem.Supervised);
        var configurationChanged = await RemoteFileSync.ApplyAsync(
            shell,
            [new RemoteFile(layout.DaemonJsonFile, Encoding.UTF8.GetBytes(daemonJson), RemoteFile.Public), service.ServiceFile(command, environment)],
            cancellationToken).ConfigureAwait(false);

        progress.Report(ProgressSteps.StartingEngine);
        await service.StartAsync(shell, restart: certificatesChanged.Count + configurationChanged.Count > 0, cancellationToken).ConfigureAwait(false);

        progress.Report(ProgressSteps.CheckingEngine);
        var answered = await readiness.WaitAsync(host, cancellationToken).ConfigureAwait(false);
        return new ProvisionResult(answered.ServerVersion, facts.Os.Display, engine.Installed, server.Addresses, answered.Cpus, answered.MemoryBytes);
    }

    private IReadOnlyList<RemoteFile> CertificateFiles(ServerCertificateFiles server) =>
    [
        new(layout.CaFile, File.ReadAllBytes(authority.ClientFiles.CaCertificateFile), RemoteFile.Public),
        new(layout.ServerCertificateFile, File.ReadAllBytes(server.CertificateFile), RemoteFile.Public),
        new(layout.ServerKeyFile, File.ReadAllBytes(server.KeyFile), RemoteFile.Private),
    ];

    private static async Task<bool> HasDockerSocketUnitAsync(RootShell shell, CancellationToken cancellationToken)
    {
        var result = await shell.RunAsync("systemctl cat docker.socket >/dev/null 2>&1", cancellationToken).ConfigureAwait(false);
        return result.Succeeded;
    }
}

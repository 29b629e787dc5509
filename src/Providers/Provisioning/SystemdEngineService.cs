using System.Text;

namespace HostPool.Providers.Provisioning;

/// <summary>dockerd under systemd: docker.service with hostpool's drop-in, enabled at boot.</summary>
internal sealed class SystemdEngineService : IEngineService
{
    public const string RestartScript = "systemctl daemon-reload && { systemctl enable docker >/dev/null 2>&1 || true; } && systemctl restart docker";

    public const string StartScript = "{ systemctl enable docker >/dev/null 2>&1 || true; } && systemctl start docker";

    public RemoteFile ServiceFile(IReadOnlyList<string> dockerdCommand, IReadOnlyList<KeyValuePair<string, string>> environment) =>
        new(EngineLayout.SystemdDropInFile, Encoding.UTF8.GetBytes(SystemdDropIn.Render(dockerdCommand, environment)), RemoteFile.Public);

    public async Task StartAsync(RootShell shell, bool restart, CancellationToken cancellationToken)
    {
        var result = await shell.RunAsync(restart ? RestartScript : StartScript, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var journal = await shell.RunAsync("journalctl -u docker --no-pager -n 20 2>&1", cancellationToken).ConfigureAwait(false);
            throw shell.Failure(
                "start docker.service",
                result,
                $"The engine's last log lines: {journal.StandardOutput.Trim()} Fix the cause (often an --engine-opt dockerd does not know) and run the command again.");
        }
    }
}

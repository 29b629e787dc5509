using HostPool.Providers.Ssh;
using System.Text;

namespace HostPool.Providers.Provisioning;

/// <summary>dockerd under hostpool's supervisor script, for hosts without systemd (local namespace hosts, OpenRC).</summary>
internal sealed class SupervisedEngineService(EngineLayout layout) : IEngineService
{
    public RemoteFile ServiceFile(IReadOnlyList<string> dockerdCommand, IReadOnlyList<KeyValuePair<string, string>> environment) =>
        new(layout.SupervisorScript, Encoding.UTF8.GetBytes(SupervisorScript.Render(layout, dockerdCommand, environment)), RemoteFile.Executable);

    public string Command(bool restart) => $"sh {ShellQuote.Quote(layout.SupervisorScript)} {(restart ? "restart" : "start")}";

    public async Task StartAsync(RootShell shell, bool restart, CancellationToken cancellationToken)
    {
        var result = await shell.RunAsync(Command(restart), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var log = await shell.RunAsync($"tail -n 20 {ShellQuote.Quote(layout.DockerdLogFile)} 2>&1", cancellationToken).ConfigureAwait(false);
            throw shell.Failure(
                "start dockerd under hostpool's supervisor",
                result,
                $"The engine's last log lines: {log.StandardOutput.Trim()} Fix the cause and run the command again.");
        }
    }
}

using HostPool.Providers.Ssh;
using System.Text.RegularExpressions;
using HostPool.Providers.Model;
using Polly;

namespace HostPool.Providers.Provisioning;

/// <summary>Keeps an installed engine (reporting its version) or installs one, waiting out cloud-init and package locks.</summary>
internal sealed partial class DockerInstaller(ResiliencePipeline<Ssh.SshCommandResult> lockPipeline)
{
    public const string FindDockerd = "command -v dockerd || { [ -x /usr/bin/dockerd ] && echo /usr/bin/dockerd; } || { [ -x /usr/sbin/dockerd ] && echo /usr/sbin/dockerd; }";

    public const string WaitForCloudInit = "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null 2>&1 || true; fi";

    public async Task<InstalledEngine> EnsureInstalledAsync(RootShell shell, OperatingSystemInfo os, EngineOptions engine, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var found = await FindAsync(shell, cancellationToken).ConfigureAwait(false);
        if (found is not null)
        {
            return await DescribeAsync(shell, found, installed: false, cancellationToken).ConfigureAwait(false);
        }

        progress.Report(ProgressSteps.InstallingDocker);
        var script = InstallScript.For(os, engine);
        await shell.RunAsync(WaitForCloudInit, cancellationToken).ConfigureAwait(false);
        var result = await lockPipeline.ExecuteAsync(
            static async (state, token) => await state.shell.RunAsync(state.script, token).ConfigureAwait(false),
            (shell, script),
            cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var hint = PackageLock.IsHeld(result)
                ? "Another package manager kept its lock for too long; wait for it to finish and run the command again."
                : $"Check the host's package sources{(engine.DockerVersion is null ? "" : $" and that Docker {engine.DockerVersion} exists for {os.Display}")}, or install Docker yourself and run the command again.";
            throw shell.Failure($"install Docker on {os.Display}", result, hint);
        }

        var installed = await FindAsync(shell, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException(
                $"Docker was installed on host '{shell.HostName}' but no dockerd binary is on its PATH. Check the install script's output on the host, or install Docker yourself.");
        return await DescribeAsync(shell, installed, installed: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Docker version 20.10.24+dfsg1, build 5d6db84" gives "20.10.24+dfsg1".</summary>
    public static string ParseVersion(string output)
    {
        var match = VersionPattern().Match(output);
        return match.Success ? match.Groups[1].Value : output.Trim();
    }

    private static async Task<string?> FindAsync(RootShell shell, CancellationToken cancellationToken)
    {
        var result = await shell.RunAsync(FindDockerd, cancellationToken).ConfigureAwait(false);
        var path = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return result.Succeeded && path is not null && path.StartsWith('/') ? path : null;
    }

    private static async Task<InstalledEngine> DescribeAsync(RootShell shell, string dockerd, bool installed, CancellationToken cancellationToken)
    {
        var version = await shell.RunCheckedAsync($"{ShellQuote.Quote(dockerd)} --version", "read the Docker version", cancellationToken).ConfigureAwait(false);
        return new InstalledEngine(dockerd, ParseVersion(version.StandardOutput), installed);
    }

    [GeneratedRegex(@"version\s+([^\s,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();
}

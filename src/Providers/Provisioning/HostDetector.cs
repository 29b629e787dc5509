namespace HostPool.Providers.Provisioning;

/// <summary>
/// Detects the OS from /etc/os-release and how to run dockerd: systemd only when PID 1 is systemd AND this
/// shell shares PID 1's mount namespace (a namespace host on a systemd machine must not touch the machine's units).
/// </summary>
internal static class HostDetector
{
    public const string Separator = "--- hostpool facts ---";

    public const string Script =
        "cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null; " +
        "echo '" + Separator + "'; " +
        "if [ \"$(cat /proc/1/comm 2>/dev/null)\" = systemd ] && [ -d /run/systemd/system ]; then echo pid1=systemd; else echo pid1=other; fi; " +
        "if [ \"$(readlink /proc/1/ns/mnt 2>/dev/null)\" = \"$(readlink /proc/self/ns/mnt 2>/dev/null)\" ]; then echo mounts=machine; else echo mounts=own; fi; " +
        "if mountpoint -q /run/docker 2>/dev/null; then echo run-docker=private; else echo run-docker=shared; fi; " +
        "if command -v systemctl >/dev/null 2>&1 && systemctl cat docker.socket >/dev/null 2>&1; then echo docker-socket=yes; else echo docker-socket=no; fi";

    public static async Task<HostFacts> DetectAsync(RootShell shell, CancellationToken cancellationToken)
    {
        var result = await shell.RunCheckedAsync(Script, "read /etc/os-release and the init system", cancellationToken).ConfigureAwait(false);
        return Parse(shell.HostName, result.StandardOutput);
    }

    public static HostFacts Parse(string hostName, string output)
    {
        var split = output.IndexOf(Separator, StringComparison.Ordinal);
        var osRelease = split < 0 ? output : output[..split];
        var markers = split < 0 ? [] : output[(split + Separator.Length)..].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var os = OsRelease.Detect(hostName, osRelease);
        var sharesMounts = markers.Contains("mounts=machine");
        var init = markers.Contains("pid1=systemd") && sharesMounts ? InitSystem.Systemd : InitSystem.Supervised;
        return new HostFacts(os, init, sharesMounts, markers.Contains("run-docker=private"), markers.Contains("docker-socket=yes"));
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Local;

/// <summary>
/// The host's own OpenSSH server: its files (config, host key, authorized key for root) and its start inside
/// the host's network namespace, in fresh mount and UTS namespaces with the host's bind mounts and hostname.
/// Started with nsenter rather than 'ip netns exec', which remounts /sys and hides the cgroups dockerd needs.
/// </summary>
internal sealed class SshdHost(CommandRunner runner, LocalWaits waits)
{
    public const string Program = "/usr/sbin/sshd";

    public static async Task WriteFilesAsync(LocalHostLayout layout, IPAddress address, string authorizedKey, CancellationToken cancellationToken)
    {
        PrivateFile.CreateDirectory(layout.SshDirectory);
        foreach (var (source, _) in layout.BindMounts)
        {
            Directory.CreateDirectory(source);
        }

        var hostKey = SshKeyPair.Generate("hostpool-local-host");
        await hostKey.WriteAsync(layout.HostKey, cancellationToken);
        await PrivateFile.WriteAsync(layout.AuthorizedKeys, Encoding.ASCII.GetBytes(authorizedKey + "\n"), cancellationToken);
        var config = new StringBuilder()
            .Append("ListenAddress ").Append(address).Append(":22\n")
            .Append("HostKey ").Append(layout.HostKey).Append('\n')
            .Append("AuthorizedKeysFile ").Append(layout.AuthorizedKeys).Append('\n')
            .Append("PermitRootLogin prohibit-password\n")
            .Append("PubkeyAuthentication yes\n")
            .Append("PasswordAuthentication no\n")
            .Append("KbdInteractiveAuthentication no\n")
            .Append("UsePAM no\n")
            // The key files are hostpool's own, 0600 in 0700 folders; the home itself may sit under /tmp.
            .Append("StrictModes no\n")
            .Append("PidFile /run/sshd.pid\n")
            .Append("MaxStartups 100:30:200\n")
            .Append("Subsystem sftp internal-sftp\n")
            .ToString();
        await PrivateFile.WriteAsync(layout.SshdConfig, Encoding.ASCII.GetBytes(config), cancellationToken);
    }

    /// <summary>Starts sshd in the host's namespaces and returns its pid (sshd runs in the foreground of its own session).</summary>
    public async Task<int> StartAsync(string networkNamespace, LocalHostLayout layout, string hostName, CancellationToken cancellationToken)
    {
        var script = new StringBuilder("set -e; ")
            .Append("hostname ").Append(ShellQuote.Quote(hostName)).Append("; ");
        foreach (var (source, target) in layout.BindMounts)
        {
            script.Append("mkdir -p ").Append(target).Append("; mount --bind ").Append(ShellQuote.Quote(source)).Append(' ').Append(target).Append("; ");
        }

        script.Append("mkdir -p /run/sshd /run/docker; chmod 0755 /run/sshd; ")
            .Append("setsid ").Append(Program).Append(" -D -f ").Append(ShellQuote.Quote(layout.SshdConfig))
            .Append(" -E ").Append(ShellQuote.Quote(layout.SshdLog))
            .Append(" </dev/null >/dev/null 2>&1 & echo $!");
        var result = await runner.RunCheckedAsync(
            "nsenter",
            [$"--net={NetworkNamespaces.PathOf(networkNamespace)}", "unshare", "--mount", "--uts", "--propagation", "private", "sh", "-c", script.ToString()],
            cancellationToken);
        return int.Parse(result.StandardOutput.Trim());
    }

    /// <summary>Waits until sshd accepts TCP connections on the host's address; throws with sshd's log if it died or never did.</summary>
    public async Task WaitReadyAsync(int pid, IPAddress address, LocalHostLayout layout, CancellationToken cancellationToken)
    {
        var ready = await waits.UntilAsync(
            LocalWaits.SshdReady,
            async token => !ProcFs.IsAlive(pid) || await AcceptsAsync(address, token),
            cancellationToken);
        if (!ready || !ProcFs.IsAlive(pid))
        {
            var log = File.Exists(layout.SshdLog) ? (await File.ReadAllTextAsync(layout.SshdLog, cancellationToken)).Trim() : "(no log)";
            throw new ProviderException(
                $"The local host's sshd (pid {pid}) did not start listening on {address}:22. Its log: {log}. " +
                "Check that openssh-server is installed (scripts/install-host-packages.sh), then remove the host and create it again.");
        }
    }

    private static async Task<bool> AcceptsAsync(IPAddress address, CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, 22), cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

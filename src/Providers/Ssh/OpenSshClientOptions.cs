using HostPool.Providers.Model;

namespace HostPool.Providers.Ssh;

/// <summary>
/// The OpenSSH client options (ssh, scp) that reach hosts the way hostpool does: with each host's own key
/// and only its pinned host key (StrictHostKeyChecking=yes against a known_hosts file written from the pins).
/// </summary>
public sealed class OpenSshClientOptions(HostPoolHome home, IHostKeyPins pins)
{
    public const string KnownHostsFileName = "known_hosts";

    /// <summary>The -o/-i options for <paramref name="hosts"/>; every host must have been contacted (pinned) before.</summary>
    public async Task<IReadOnlyList<string>> ForAsync(IReadOnlyList<HostRecord> hosts, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var options = new List<string>();
        foreach (var host in hosts)
        {
            var ssh = host.Ssh ?? throw new ConflictException($"Host '{host.Name}' has no SSH endpoint yet (state {host.State}).");
            var pin = await pins.FindAsync(host.Name, cancellationToken)
                ?? throw new ConflictException(
                    $"No host key is pinned for '{host.Name}' yet. Run 'hostpool provision {host.Name}' to contact it and pin its key.");
            var target = ssh.Port == 22 ? ssh.Address : $"[{ssh.Address}]:{ssh.Port}";
            lines.Add($"{target} {pin.KeyType} {pin.Key}");
            options.AddRange(["-i", home.Resolve(ssh.PrivateKeyPath)]);
        }

        var knownHosts = Path.Combine(home.MachineDirectory(hosts[0].Name), KnownHostsFileName);
        await PrivateFile.WriteAsync(knownHosts, System.Text.Encoding.ASCII.GetBytes(string.Join('\n', lines) + "\n"), cancellationToken);
        options.AddRange(
        [
            "-o", "IdentitiesOnly=yes",
            "-o", "StrictHostKeyChecking=yes",
            "-o", $"UserKnownHostsFile={knownHosts}",
            "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR",
        ]);
        return options;
    }
}

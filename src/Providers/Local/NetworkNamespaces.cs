using System.Net;

namespace HostPool.Providers.Local;

/// <summary>A host's network namespace (/run/netns/NAME) and the veth pair joining it to the bridge.</summary>
internal sealed class NetworkNamespaces(CommandRunner runner)
{
    public static bool Exists(string name) => File.Exists(PathOf(name));

    public static string PathOf(string name) => $"/run/netns/{name}";

    public async Task AddAsync(string name, CancellationToken cancellationToken)
    {
        if (Exists(name))
        {
            throw new ConflictException(
                $"The network namespace {name} of this host already exists: a host of this name in this HOSTPOOL_HOME was not removed. Run 'hostpool rm' on it first.");
        }

        await runner.RunCheckedAsync("ip", ["netns", "add", name], cancellationToken);
    }

    /// <summary>Creates the veth pair, its inner end already inside the namespace as eth0.</summary>
    public async Task AddVethAsync(LocalNames names, CancellationToken cancellationToken)
    {
        await runner.RunCheckedAsync(
            "ip", ["link", "add", names.Veth, "type", "veth", "peer", "name", LocalNames.InnerInterface, "netns", names.Namespace], cancellationToken);
    }

    /// <summary>Attaches the outer end to the bridge and gives the inner end the host's address.</summary>
    public async Task ConfigureVethAsync(LocalNames names, string bridge, IPAddress address, Ipv4Subnet subnet, CancellationToken cancellationToken)
    {
        await runner.RunCheckedAsync("ip", ["link", "set", names.Veth, "master", bridge, "up"], cancellationToken);
        await runner.RunCheckedAsync(
            "ip", ["-n", names.Namespace, "addr", "add", $"{address}/{subnet.PrefixLength}", "dev", LocalNames.InnerInterface], cancellationToken);
        await runner.RunCheckedAsync("ip", ["-n", names.Namespace, "link", "set", LocalNames.InnerInterface, "up"], cancellationToken);
        await runner.RunCheckedAsync("ip", ["-n", names.Namespace, "link", "set", "lo", "up"], cancellationToken);
    }

    public async Task DeleteVethAsync(string veth, CancellationToken cancellationToken)
    {
        if (Directory.Exists($"/sys/class/net/{veth}"))
        {
            var result = await runner.RunAsync("ip", ["link", "del", veth], cancellationToken);
            if (!result.Succeeded && Directory.Exists($"/sys/class/net/{veth}"))
            {
                throw new ProviderException($"Could not delete the interface {veth}: {result.StandardError.Trim()}. Delete it with 'ip link del {veth}'.");
            }
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (Exists(name))
        {
            await runner.RunCheckedAsync("ip", ["netns", "del", name], cancellationToken);
        }
    }

    /// <summary>The processes whose network namespace is this one (none when it does not exist).</summary>
    public async Task<IReadOnlyList<int>> PidsAsync(string name, CancellationToken cancellationToken)
    {
        if (!Exists(name))
        {
            return [];
        }

        var result = await runner.RunAsync("ip", ["netns", "pids", name], cancellationToken);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => int.TryParse(line.Trim(), out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .ToList();
    }
}

using System.Net.Sockets;

namespace HostPool.Providers.Local;

/// <summary>
/// Writes <see cref="ClusterPortRules"/> into a local host's network namespace for IPv4 and, where the kernel has
/// it, IPv6, and makes INPUT jump to the chain first. The rules live in the namespace, so they outlast stop and start
/// of the host and go with <c>ip netns del</c>.
/// </summary>
internal sealed class LocalClusterPorts(CommandRunner runner)
{
    private static readonly (AddressFamily Family, string Program)[] Families =
        [(AddressFamily.InterNetwork, "iptables"), (AddressFamily.InterNetworkV6, "ip6tables")];

    public async Task ApplyAsync(string networkNamespace, IReadOnlyCollection<string> peers, CancellationToken cancellationToken)
    {
        if (!NetworkNamespaces.Exists(networkNamespace))
        {
            return;
        }

        foreach (var (family, program) in Families)
        {
            if (family == AddressFamily.InterNetworkV6 && !Directory.Exists("/proc/sys/net/ipv6"))
            {
                continue;
            }

            await runner.RunCheckedAsync(
                "ip", ["netns", "exec", networkNamespace, $"{program}-restore", "-w", "5", "--noflush"],
                cancellationToken,
                ClusterPortRules.Render(family, peers));
            string[] tables = ["netns", "exec", networkNamespace, program, "-w", "5"];
            if (!(await runner.RunAsync("ip", [.. tables, "-C", "INPUT", "-j", ClusterPortRules.Chain], cancellationToken)).Succeeded)
            {
                await runner.RunCheckedAsync("ip", [.. tables, "-I", "INPUT", "1", "-j", ClusterPortRules.Chain], cancellationToken);
            }
        }
    }
}

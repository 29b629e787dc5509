namespace HostPool.Providers.Local;

/// <summary>
/// The Linux bridge the local hosts share in the root namespace, with its gateway address and the iptables
/// FORWARD accept rule that lets hosts on it reach each other even when the FORWARD policy is DROP.
/// Callers hold the <see cref="MachineLock"/>.
/// </summary>
internal sealed class BridgeNetwork(CommandRunner runner)
{
    public static bool Exists(string bridge) => Directory.Exists($"/sys/class/net/{bridge}");

    /// <summary>The interfaces attached to the bridge.</summary>
    public static IReadOnlyList<string> Members(string bridge)
    {
        var folder = $"/sys/class/net/{bridge}/brif";
        return Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().ToList() : [];
    }

    /// <summary>Whether the interface's IFF_UP flag is set.</summary>
    private static bool IsUp(string bridge) =>
        Convert.ToInt32(File.ReadAllText($"/sys/class/net/{bridge}/flags").Trim(), 16) % 2 == 1;

    public async Task EnsureAsync(string bridge, Ipv4Subnet subnet, CancellationToken cancellationToken)
    {
        var gateway = $"{subnet.Gateway}/{subnet.PrefixLength}";
        if (!Exists(bridge))
        {
            await runner.RunCheckedAsync("ip", ["link", "add", bridge, "type", "bridge"], cancellationToken);
            await runner.RunCheckedAsync("ip", ["addr", "add", gateway, "dev", bridge], cancellationToken);
        }
        else if (!InterfaceAddresses.Of(bridge).Contains($"{gateway}"))
        {
            throw new ConflictException(
                $"The bridge {bridge} exists without the address {gateway} (it has: {string.Join(", ", InterfaceAddresses.Of(bridge))}). " +
                $"Use the range its hosts use with --{LocalFlags.Subnet}, or another bridge with --{LocalFlags.Bridge}.");
        }

        if (!IsUp(bridge))
        {
            await runner.RunCheckedAsync("ip", ["link", "set", bridge, "up"], cancellationToken);
        }

        if (!(await runner.RunAsync("iptables", ForwardRule("-C", bridge), cancellationToken)).Succeeded)
        {
            await runner.RunCheckedAsync("iptables", ForwardRule("-I", bridge), cancellationToken);
        }
    }

    /// <summary>Deletes the bridge and its FORWARD rule when no host is attached any more; a missing bridge is fine.</summary>
    public async Task RemoveIfUnusedAsync(string bridge, CancellationToken cancellationToken)
    {
        if (Members(bridge).Count > 0)
        {
            return;
        }

        while ((await runner.RunAsync("iptables", ForwardRule("-C", bridge), cancellationToken)).Succeeded)
        {
            await runner.RunCheckedAsync("iptables", ForwardRule("-D", bridge), cancellationToken);
        }

        if (Exists(bridge))
        {
            await runner.RunCheckedAsync("ip", ["link", "del", bridge], cancellationToken);
        }
    }

    private static string[] ForwardRule(string action, string bridge) =>
        ["-w", "5", action, "FORWARD", "-i", bridge, "-o", bridge, "-j", "ACCEPT"];
}

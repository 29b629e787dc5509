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

    public async Task EnsureAsync(string bridge, Ipv4Subnet subnet, CancellationToken cancellationToken)
    {
        var gateway = $"{subnet.Gateway}/{subnet.PrefixLength}";
        if (!Exists(bridge))
        {
            await runner.RunCheckedAsync("ip", ["link", "add", bridge, "type", "bridge"], cancellationToken);
            await runner.RunCheckedAsync("ip", ["addr", "add", gateway, "dev", bridge], cancellationToken);
        }
        else
        {
            var addresses = await runner.RunCheckedAsync("ip", ["-4", "-o", "addr", "show", "dev", bridge], cancellationToken);
            if (!addresses.StandardOutput.Contains($" {gateway} ", StringComparison.Ordinal))
            {
                throw new ConflictException(
                    $"The bridge {bridge} exists without the address {gateway} (it has: {addresses.StandardOutput.Trim()}). " +
                    $"Use the range its hosts use with --{LocalFlags.Subnet}, or another bridge with --{LocalFlags.Bridge}.");
            }
        }

        await runner.RunCheckedAsync("ip", ["link", "set", bridge, "up"], cancellationToken);
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

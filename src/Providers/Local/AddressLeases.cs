using System.Net;

namespace HostPool.Providers.Local;

/// <summary>
/// Machine-wide address leases on a bridge, one file per address under /run/hostpool/local/leases/BRIDGE
/// holding the owning namespace's name. A lease whose namespace is gone is stale and free again.
/// Callers hold the <see cref="MachineLock"/>.
/// </summary>
internal sealed class AddressLeases(string stateDirectory, CommandRunner runner)
{
    public async Task<IPAddress> AllocateAsync(string bridge, Ipv4Subnet subnet, string owner, CancellationToken cancellationToken)
    {
        var inUse = await AddressesInUseAsync(bridge, cancellationToken);
        var address = AddressAllocator.NextFree(subnet, inUse)
            ?? throw new ConflictException(
                $"Every address of {subnet} on bridge {bridge} is in use. Remove local hosts, or create this one with a larger or other --{LocalFlags.Subnet} and --{LocalFlags.Bridge}.");
        var folder = FolderOf(bridge);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, address.ToString()), owner, cancellationToken);
        return address;
    }

    /// <summary>Drops the lease if <paramref name="owner"/> still holds it.</summary>
    public void Release(string bridge, string address, string owner)
    {
        var path = Path.Combine(FolderOf(bridge), address);
        if (File.Exists(path) && string.Equals(File.ReadAllText(path).Trim(), owner, StringComparison.Ordinal))
        {
            File.Delete(path);
        }
    }

    /// <summary>Leased addresses whose namespace exists, addresses of the root namespace, and neighbours seen on the bridge.</summary>
    private async Task<IReadOnlySet<IPAddress>> AddressesInUseAsync(string bridge, CancellationToken cancellationToken)
    {
        var inUse = new HashSet<IPAddress>();
        var folder = FolderOf(bridge);
        if (Directory.Exists(folder))
        {
            foreach (var lease in Directory.GetFiles(folder))
            {
                var owner = (await File.ReadAllTextAsync(lease, cancellationToken)).Trim();
                if (IPAddress.TryParse(Path.GetFileName(lease), out var address) && NetworkNamespaces.Exists(owner))
                {
                    inUse.Add(address);
                }
                else
                {
                    File.Delete(lease);
                }
            }
        }

        var root = await runner.RunCheckedAsync("ip", ["-4", "-o", "addr", "show"], cancellationToken);
        var neighbours = await runner.RunAsync("ip", ["-4", "neigh", "show", "dev", bridge], cancellationToken);
        foreach (var word in (root.StandardOutput + " " + neighbours.StandardOutput).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IPAddress.TryParse(word.Split('/')[0], out var address) && word.Count(c => c == '.') == 3)
            {
                inUse.Add(address);
            }
        }

        return inUse;
    }

    private string FolderOf(string bridge) => Path.Combine(stateDirectory, "leases", bridge);
}

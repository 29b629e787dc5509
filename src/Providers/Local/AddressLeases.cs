using System.Net;

namespace HostPool.Providers.Local;

/// <summary>
/// Machine-wide address leases on a bridge, one file per address under /run/hostpool/local/leases/BRIDGE
/// holding the owning namespace's name. A lease whose namespace is gone is stale and free again.
/// Callers hold the <see cref="MachineLock"/>.
/// </summary>
internal sealed class AddressLeases(string stateDirectory)
{
    private static readonly TimeSpan FreshLease = TimeSpan.FromMinutes(2);

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

    /// <summary>Deletes the bridge's lease folder once it holds no lease.</summary>
    public void ForgetBridgeIfEmpty(string bridge)
    {
        var folder = FolderOf(bridge);
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>
    /// Whether a host holds an address on the bridge: one that exists, or one whose create has taken its lease but
    /// not yet attached its veth (it does that after the machine lock is released). The bridge must stay for both.
    /// </summary>
    public async Task<bool> AnyHeldAsync(string bridge, CancellationToken cancellationToken) =>
        (await HeldAsync(bridge, cancellationToken)).Count > 0;

    /// <summary>Leased addresses whose namespace exists (or is about to), and the addresses of this machine's own interfaces.</summary>
    private async Task<IReadOnlySet<IPAddress>> AddressesInUseAsync(string bridge, CancellationToken cancellationToken)
    {
        var inUse = new HashSet<IPAddress>(await HeldAsync(bridge, cancellationToken));
        foreach (var address in InterfaceAddresses.All())
        {
            inUse.Add(address);
        }

        return inUse;
    }

    /// <summary>The bridge's leases that are held; stale ones (namespace gone, lease not fresh) are deleted on the way.</summary>
    private async Task<IReadOnlySet<IPAddress>> HeldAsync(string bridge, CancellationToken cancellationToken)
    {
        var inUse = new HashSet<IPAddress>();
        var folder = FolderOf(bridge);
        if (Directory.Exists(folder))
        {
            foreach (var lease in Directory.GetFiles(folder))
            {
                var owner = (await File.ReadAllTextAsync(lease, cancellationToken)).Trim();
                // A lease is held while its namespace exists, or briefly before the create that took it makes the namespace.
                var fresh = DateTime.UtcNow - File.GetLastWriteTimeUtc(lease) < FreshLease;
                if (IPAddress.TryParse(Path.GetFileName(lease), out var address) && (fresh || NetworkNamespaces.Exists(owner)))
                {
                    inUse.Add(address);
                }
                else
                {
                    File.Delete(lease);
                }
            }
        }

        return inUse;
    }

    private string FolderOf(string bridge) => Path.Combine(stateDirectory, "leases", bridge);
}

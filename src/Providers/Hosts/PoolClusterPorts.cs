using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

/// <summary>
/// Keeps the <see cref="ClusterPorts"/> of a pool's hosts open to the pool's members only, on every host whose
/// driver guards them itself (<see cref="IClusterPortGuard"/>: local hosts). Deploy runs it before the cluster
/// forms or takes new members; removing a host runs it so the others stop accepting the departed address.
/// </summary>
public sealed class PoolClusterPorts(IDriverRegistry drivers, IHostStore store)
{
    /// <summary>Reads the pool's members from the store and guards each of them.</summary>
    public async Task RefreshAsync(string pool, CancellationToken cancellationToken)
    {
        var members = (await store.ListAsync(cancellationToken))
            .Where(h => string.Equals(h.Pool, pool, StringComparison.Ordinal))
            .ToList();
        await RestrictAsync(members, cancellationToken);
    }

    /// <summary>
    /// Lets every member reach every guarded member's cluster ports and nothing else reach them. Hosts still being
    /// created or being removed are not members yet or any more. Throws naming each host whose rules could not be written.
    /// </summary>
    public async Task RestrictAsync(IReadOnlyList<HostRecord> members, CancellationToken cancellationToken)
    {
        var current = members.Where(h => h.State is not (HostState.Creating or HostState.Removing)).ToList();
        var peers = current
            .SelectMany(h => new[] { h.PublicAddress, h.PrivateAddress })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var guarded = current
            .Select(host => (Host: host, Guard: drivers.All.FirstOrDefault(d => string.Equals(d.Name, host.Driver, StringComparison.OrdinalIgnoreCase)) as IClusterPortGuard))
            .Where(g => g.Guard is not null)
            .ToList();
        var failures = await Task.WhenAll(guarded.Select(async g =>
        {
            try
            {
                await g.Guard!.AllowClusterPeersAsync(g.Host, peers, cancellationToken);
                return null;
            }
            catch (HostPoolException exception)
            {
                return $"  {g.Host.Name}: {exception.Message}";
            }
        }));
        var failed = failures.OfType<string>().ToList();
        if (failed.Count > 0)
        {
            throw new ProviderException(
                $"could not limit the cluster ports (tcp {ClusterPorts.Management}, {ClusterPorts.Gossip}; udp {ClusterPorts.Gossip}, {ClusterPorts.DataPath}) to the pool's members on {failed.Count} host(s):\n"
                + string.Join("\n", failed)
                + "\nCheck those hosts with `hostpool status` and run the command again.");
        }
    }
}

using HostPool.Providers.Model;

namespace HostPool.Providers.Drivers;

/// <summary>
/// Implemented by a driver whose hosts have no provider firewall around them (local hosts share one bridge), so
/// that the pool's <see cref="ClusterPorts"/> answer pool members only. Cloud drivers do not need it: their
/// security groups or firewalls open those ports to the pool's own group or tag.
/// </summary>
public interface IClusterPortGuard
{
    /// <summary>
    /// Makes <paramref name="host"/> accept the cluster ports from <paramref name="peers"/> (IP addresses) and from
    /// itself only, replacing what an earlier call allowed. A host whose machine is gone is left alone.
    /// </summary>
    Task AllowClusterPeersAsync(HostRecord host, IReadOnlyCollection<string> peers, CancellationToken cancellationToken);
}

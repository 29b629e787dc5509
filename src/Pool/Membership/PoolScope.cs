namespace HostPool.Pool.Membership;

/// <summary>
/// The hosts a project runs on: the named pool, or, when none is named, the only pool there is. Projects never
/// span pools, because each pool is its own network cluster.
/// </summary>
public static class PoolScope
{
    public static IReadOnlyList<PoolHostView> Of(IReadOnlyList<PoolHostView> hosts, string? pool)
    {
        if (pool is not null)
        {
            return hosts.Count > 0 ? hosts : throw new NotFoundException($"pool '{pool}' has no hosts; create some with `hostpool create --pool {pool} ...` or see `hostpool pool ls`");
        }

        var pools = hosts.Select(h => h.Record.Pool).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return pools.Count switch
        {
            0 => throw new NotFoundException("there are no hosts yet; create some with `hostpool create --driver local NAME`"),
            1 => hosts,
            _ => throw new UsageException($"the hosts belong to several pools ({string.Join(", ", pools)}); choose one with --pool"),
        };
    }
}

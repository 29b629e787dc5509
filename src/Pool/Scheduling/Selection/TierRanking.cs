namespace HostPool.Pool.Scheduling;

/// <summary>
/// For one service and one tier of its rules (all rules, or soft rules dropped): whether a host passes the
/// filters that change as replicas land (capacity first, inline), and the strategy's score for it.
/// </summary>
internal sealed class TierRanking(PoolState pool, CompiledService service, IHostFilter[] dynamicFilters, Random random)
{
    public PoolState Pool => pool;

    public Random Random => random;

    public bool IsRandom => service.Strategy.IsRandom;

    public CompiledService Service => service;

    /// <summary>Only capacity decides feasibility: scans may use the inlined fast path.</summary>
    public bool CapacityOnly => dynamicFilters.Length == 0;

    public bool Feasible(int host)
    {
        if (!CapacityFilter.Fits(pool, host, service.Cpus, service.MemoryBytes))
        {
            return false;
        }

        foreach (var filter in dynamicFilters)
        {
            if (!filter.Accepts(host))
            {
                return false;
            }
        }

        return true;
    }

    public double Score(int host) => service.Strategy.Score(pool, host, service.Counts[host], service.Cpus, service.MemoryBytes);

    public void Placed(int host)
    {
        foreach (var filter in dynamicFilters)
        {
            filter.Placed(host);
        }
    }
}

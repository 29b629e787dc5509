namespace HostPool.Pool.Scheduling;

/// <summary>
/// Considers every host of the group on every call (no sampling): the lowest score wins, or a seeded
/// uniform draw among the feasible ones for the random strategy. Used for few replicas and for random.
/// </summary>
internal sealed class ScanLeaf(int[] hosts, TierRanking ranking) : ILeafSelector
{
    public int Select() => ranking.IsRandom ? Draw() : Best();

    public void Placed(int host)
    {
    }

    private int Best()
    {
        if (ranking.CapacityOnly && ranking.Service.Counts.Total == 0 && ranking.Service.Strategy is SpreadStrategy or BinpackStrategy)
        {
            return BestByCapacity(ranking.Pool, ranking.Service, ranking.Service.Strategy is SpreadStrategy);
        }

        var best = -1;
        var bestScore = double.MaxValue;
        foreach (var host in hosts)
        {
            if (!ranking.Feasible(host))
            {
                continue;
            }

            var score = ranking.Score(host);
            if (score < bestScore)
            {
                bestScore = score;
                best = host;
            }
        }

        return best;
    }

    /// <summary>
    /// The same ranking for the common case (capacity the only dynamic rule, no replica of the service
    /// anywhere yet), over locals instead of calls: every host is still considered.
    /// </summary>
    private int BestByCapacity(PoolState pool, CompiledService service, bool spread)
    {
        var cpuUsed = pool.CpuUsed;
        var cpuCapacity = pool.CpuCapacity;
        var cpuScale = pool.CpuScale;
        var memoryUsed = pool.MemoryUsed;
        var memoryCapacity = pool.MemoryCapacity;
        var memoryScale = pool.MemoryScale;
        var busy = pool.Busy;
        var cpus = service.Cpus;
        var memory = service.MemoryBytes;
        var best = -1;
        var bestScore = double.MaxValue;
        foreach (var host in hosts)
        {
            var cpuAfter = cpuUsed[host] + cpus;
            var memoryAfter = memoryUsed[host] + memory;
            if (!CapacityFilter.Fits(cpuAfter, cpuCapacity[host], memoryAfter, memoryCapacity[host]))
            {
                continue;
            }

            var score = spread
                ? SpreadStrategy.ScoreOf(0, cpuAfter * cpuScale[host], memoryAfter * memoryScale[host])
                : BinpackStrategy.ScoreOf(busy[host], cpuAfter * cpuScale[host], memoryAfter * memoryScale[host]);
            if (score < bestScore)
            {
                bestScore = score;
                best = host;
            }
        }

        return best;
    }

    private int Draw()
    {
        var chosen = -1;
        var seen = 0;
        foreach (var host in hosts)
        {
            if (ranking.Feasible(host) && ranking.Random.Next(++seen) == 0)
            {
                chosen = host;
            }
        }

        return chosen;
    }
}

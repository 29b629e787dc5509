namespace HostPool.Pool.Scheduling;

/// <summary>
/// Binpack for a whole project, host by host: fill the host with the replica whose demand best matches
/// what the host has left (the largest dot product of demand and free capacity, as fractions of the
/// host), again and again until nothing more fits, then move to the next host (hosts in use first,
/// then the largest). Matching demand to what is left pairs cpu-heavy with memory-heavy replicas and
/// strands less capacity than ranking hosts for one replica at a time. Services with spread
/// preferences, shared hosts, affinity or global mode are left to the per-service placer; so are
/// replicas that found no host here, so they get the usual fallbacks and explanations.
/// </summary>
internal sealed class HostFillPacker(PoolState pool, Random random)
{
    public static bool Qualifies(CompiledService service) =>
        service.Strategy is BinpackStrategy
        && service.Demand.Mode == ServiceMode.Replicated
        && service.Demand.Replicas > 0
        && service.Levels.Length == 0
        && service.SharesWith.Length == 0
        && service.DependsOn.Count == 0;

    /// <summary>Places what it can of <paramref name="services"/>, each replica through <paramref name="commit"/> (service, host, replica).</summary>
    public void Pack(IReadOnlyList<CompiledService> services, Action<CompiledService, int, int> commit)
    {
        var masks = new Dictionary<int[], bool[]>(ReferenceEqualityComparer.Instance);
        var rankings = services.Select(service => new TierRanking(pool, service, [.. service.HardDynamic, .. service.SoftDynamic], random)).ToArray();
        var candidates = new Candidates(
            [.. services.Select(service => service.Cpus)],
            [.. services.Select(service => (double)service.MemoryBytes)],
            [.. services.Select(service => Mask(service.StrictHosts, masks))],
            [.. rankings.Select(ranking => ranking.CapacityOnly)],
            rankings);
        var remaining = services.Select(service => service.Demand.Replicas).ToArray();
        var left = remaining.Sum();
        foreach (var host in HostOrder())
        {
            while (left > 0)
            {
                var best = Best(candidates, remaining, host);
                if (best < 0)
                {
                    break;
                }

                var replica = services[best].Demand.Replicas - remaining[best] + 1;
                commit(services[best], host, replica);
                rankings[best].Placed(host);
                remaining[best]--;
                left--;
            }

            if (left == 0)
            {
                return;
            }
        }
    }

    private int Best(Candidates candidates, int[] remaining, int host)
    {
        var freeCpu = pool.CpuCapacity[host] - pool.CpuUsed[host];
        var freeMemory = pool.MemoryCapacity[host] - pool.MemoryUsed[host];
        var cpuWeight = freeCpu * pool.CpuScale[host] * pool.CpuScale[host];
        var memoryWeight = freeMemory * pool.MemoryScale[host] * pool.MemoryScale[host];
        var best = -1;
        var bestScore = double.MinValue;
        for (var i = 0; i < remaining.Length; i++)
        {
            var cpus = candidates.Cpus[i];
            var memory = candidates.Memory[i];
            if (remaining[i] == 0 || cpus > freeCpu + 1e-9 || memory > freeMemory + 0.5 || !candidates.Eligible[i][host]
                || (!candidates.CapacityOnly[i] && !candidates.Rankings[i].Feasible(host)))
            {
                continue;
            }

            var score = (cpus * cpuWeight) + (memory * memoryWeight);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best;
    }

    private IEnumerable<int> HostOrder() =>
        Enumerable.Range(0, pool.Count)
            .Where(host => pool.Ready[host])
            .OrderByDescending(host => pool.Busy[host])
            .ThenByDescending(host => (pool.CpuUsed[host] * pool.CpuScale[host]) + (pool.MemoryUsed[host] * pool.MemoryScale[host]))
            .ThenByDescending(host => pool.CpuCapacity[host])
            .ThenByDescending(host => pool.MemoryCapacity[host])
            .ThenBy(host => host)
            .ToArray();

    /// <summary>The packed services as parallel arrays, for the inner loop.</summary>
    private sealed record Candidates(double[] Cpus, double[] Memory, bool[][] Eligible, bool[] CapacityOnly, TierRanking[] Rankings);

    private bool[] Mask(int[] hosts, Dictionary<int[], bool[]> cache)
    {
        if (!cache.TryGetValue(hosts, out var mask))
        {
            mask = new bool[pool.Count];
            foreach (var host in hosts)
            {
                mask[host] = true;
            }

            cache.Add(hosts, mask);
        }

        return mask;
    }
}

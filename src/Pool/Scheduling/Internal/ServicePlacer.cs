namespace HostPool.Pool.Scheduling;

/// <summary>
/// Places every replica of one service: replicated ones through its preference tree (all rules first,
/// soft rules dropped only when nothing fits), global ones on each eligible host, and services that
/// share a host with another on that service's hosts. What cannot be placed is explained per replica.
/// </summary>
internal sealed class ServicePlacer(PoolState pool, Random random, int listHostsUpTo)
{
    private const int HeapFrom = 3;

    public void Place(CompiledService service)
    {
        if (service.SharesWith.Length > 0)
        {
            PlaceShared(service);
        }
        else if (service.Demand.Mode == ServiceMode.Global)
        {
            PlaceGlobal(service);
        }
        else
        {
            PlaceReplicated(service);
        }
    }

    private void PlaceReplicated(CompiledService service)
    {
        var replicas = service.Demand.Replicas;
        var start = service.Placements.Count + 1;
        var strict = true;
        var ranking = Ranking(service, strict);
        var tree = Tree(service, service.StrictHosts, ranking, replicas - start + 1);
        for (var replica = start; replica <= replicas; replica++)
        {
            var host = tree.Select();
            if (host < 0 && strict && service.HasSoftRules)
            {
                strict = false;
                ranking = Ranking(service, strict);
                tree = Tree(service, service.RelaxedHosts, ranking, replicas - replica + 1);
                host = tree.Select();
            }

            if (host < 0)
            {
                var first = RejectionExplainer.Explain(pool, service, replica, strict, Enumerable.Range(0, pool.Count), listHostsUpTo);
                service.Unplaced.Add(first);
                for (var rest = replica + 1; rest <= replicas; rest++)
                {
                    service.Unplaced.Add(RejectionExplainer.Repeat(first, rest));
                }

                return;
            }

            Commit(service, host, replica, service.Strategy.Name, tree.GroupOfLastChoice, !strict);
            tree.Placed(host);
            ranking.Placed(host);
        }
    }

    private void PlaceGlobal(CompiledService service)
    {
        var strictHosts = service.StrictHosts.Length > 0 ? service.StrictHosts : service.RelaxedHosts;
        var strict = Ranking(service, true);
        var relaxed = Ranking(service, false);
        if (strictHosts.Length == 0)
        {
            service.Unplaced.Add(RejectionExplainer.Explain(pool, service, 1, false, Enumerable.Range(0, pool.Count), listHostsUpTo, "global service with no eligible host"));
            return;
        }

        var replica = 0;
        foreach (var host in strictHosts)
        {
            replica++;
            TryPlaceOn(service, host, replica, strict, relaxed, "global", null);
        }
    }

    private void PlaceShared(CompiledService service)
    {
        var primary = service.SharesWith[0];
        var targets = primary.PlacedHosts.Count > 0
            ? primary.PlacedHosts
            : primary.Counts.Hosts().ToList();
        if (service.Demand.Mode == ServiceMode.Global)
        {
            targets = targets.Distinct().Order().ToList();
        }

        var replicas = service.Demand.Mode == ServiceMode.Global ? Math.Max(1, targets.Count) : service.Demand.Replicas;
        var strict = Ranking(service, true);
        var relaxed = Ranking(service, false);
        for (var replica = 1; replica <= replicas; replica++)
        {
            if (targets.Count == 0)
            {
                service.Unplaced.Add(new UnplacedReplica(
                    service.Name,
                    replica,
                    $"shares a host with '{primary.Name}', which has no replica placed or running",
                    [new RejectionSummary("shared-host", pool.Count, [], $"'{primary.Name}' runs nowhere")],
                    []));
                continue;
            }

            var host = targets[(replica - 1) % targets.Count];
            var missing = service.SharesWith.FirstOrDefault(other => other.Counts[host] == 0);
            if (missing is not null)
            {
                service.Unplaced.Add(new UnplacedReplica(
                    service.Name,
                    replica,
                    $"shares a host with '{primary.Name}' and '{missing.Name}', but host {pool.NameOf(host)} runs no '{missing.Name}'",
                    [new RejectionSummary("shared-host", 1, [pool.NameOf(host)], $"runs no replica of '{missing.Name}'")],
                    [new HostRejection(pool.NameOf(host), "shared-host", $"runs no replica of '{missing.Name}'")]));
                continue;
            }

            TryPlaceOn(service, host, replica, strict, relaxed, "shared-host:" + primary.Name, $"shares a host with '{primary.Name}' on {pool.NameOf(host)}");
        }
    }

    private void TryPlaceOn(CompiledService service, int host, int replica, TierRanking strict, TierRanking relaxed, string rule, string? prefix)
    {
        if (PassesStatic(service, host, true) && strict.Feasible(host))
        {
            Commit(service, host, replica, rule, null, false);
            strict.Placed(host);
        }
        else if (service.HasSoftRules && PassesStatic(service, host, false) && relaxed.Feasible(host))
        {
            Commit(service, host, replica, rule, null, true);
            relaxed.Placed(host);
        }
        else
        {
            service.Unplaced.Add(RejectionExplainer.Explain(pool, service, replica, !service.HasSoftRules, [host], listHostsUpTo, prefix ?? $"on host {pool.NameOf(host)}"));
        }
    }

    private static bool PassesStatic(CompiledService service, int host, bool strict) =>
        Array.TrueForAll(service.HardStatic, filter => filter.Accepts(host))
        && (!strict || Array.TrueForAll(service.SoftStatic, filter => filter.Accepts(host)));

    private TierRanking Ranking(CompiledService service, bool strict) =>
        new(pool, service, strict ? [.. service.HardDynamic, .. service.SoftDynamic] : service.HardDynamic, random);

    private static PreferenceTree Tree(CompiledService service, int[] hosts, TierRanking ranking, int replicas) =>
        new(hosts, service.Levels, service.Counts, group => replicas >= HeapFrom && !ranking.IsRandom ? new HeapLeaf(group, ranking) : new ScanLeaf(group, ranking));

    public void Commit(CompiledService service, int host, int replica, string rule, string? group, bool softDropped)
    {
        pool.Reserve(host, service.Cpus, service.MemoryBytes, service.Demand.Ports);
        service.Counts.Increment(host);
        service.PlacedHosts.Add(host);
        var reason = new PlacementReason(
            rule,
            group,
            service.Counts[host],
            pool.CpuUsed[host] * pool.CpuScale[host],
            pool.MemoryUsed[host] * pool.MemoryScale[host],
            softDropped);
        service.Placements.Add(new Placement(service.Name, replica, pool.NameOf(host), reason));
    }
}

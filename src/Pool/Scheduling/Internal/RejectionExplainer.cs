namespace HostPool.Pool.Scheduling;

/// <summary>
/// Says why no host could take a replica: for each host the first filter that rejects it (static
/// rules, then capacity, then the rules that follow placements), grouped per filter, and listed per
/// host when the pool is small.
/// </summary>
internal static class RejectionExplainer
{
    private const int Examples = 5;

    public static UnplacedReplica Explain(PoolState pool, CompiledService service, int replica, bool strict, IEnumerable<int> hosts, int listHostsUpTo, string? prefix = null)
    {
        var filters = service.HardStatic
            .Concat(strict ? service.SoftStatic : [])
            .Append(new CapacityFilter(pool, service.Cpus, service.MemoryBytes))
            .Concat(service.HardDynamic)
            .Concat(strict ? service.SoftDynamic : [])
            .ToArray();
        var rejections = new List<HostRejection>();
        foreach (var host in hosts)
        {
            var filter = Array.Find(filters, candidate => !candidate.Accepts(host));
            rejections.Add(filter is null
                ? new HostRejection(pool.NameOf(host), "none", "passes every filter")
                : new HostRejection(pool.NameOf(host), filter.Name, filter.Explain(host)));
        }

        var summaries = rejections
            .GroupBy(rejection => rejection.Filter)
            .Select(group => new RejectionSummary(group.Key, group.Count(), group.Take(Examples).Select(r => r.Host).ToArray(), group.First().Detail))
            .ToArray();
        var reason = rejections.Count == 0
            ? "the pool has no hosts"
            : "no host can take it: " + string.Join("; ", summaries.Select(s => $"{s.Filter} rejects {s.Hosts} (e.g. {s.Examples[0]}: {s.Detail})"));
        if (prefix is not null)
        {
            reason = prefix + ": " + reason;
        }

        var listed = rejections.Count <= listHostsUpTo ? rejections : [];
        return new UnplacedReplica(service.Name, replica, reason, summaries, listed);
    }

    public static UnplacedReplica Repeat(UnplacedReplica first, int replica) => first with { Replica = replica };
}

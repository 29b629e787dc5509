namespace HostPool.Pool.Membership;

/// <summary>One pool in `pool ls`: host counts by readiness, capacity of the hosts that answer, hostpool containers.</summary>
public sealed record PoolSummary(string Name, int Hosts, int Ready, int Drained, int Down, double Cpus, long MemoryBytes, int Containers)
{
    public static IReadOnlyList<PoolSummary> Of(IReadOnlyList<PoolHostView> hosts) =>
        [.. hosts.GroupBy(h => h.Record.Pool, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new PoolSummary(
            g.Key,
            g.Count(),
            g.Count(h => h.Answers && !h.IsDrained),
            g.Count(h => h.Answers && h.IsDrained),
            g.Count(h => !h.Answers),
            g.Where(h => h.Answers).Sum(h => h.Record.DeclaredCapacity?.Cpus ?? h.Engine!.Cpus),
            g.Where(h => h.Answers).Sum(h => h.Record.DeclaredCapacity?.MemoryBytes ?? h.Engine!.MemoryBytes),
            g.Sum(h => h.Containers.Count)))];

    /// <summary>The `pool inspect` document: the summary and every host.</summary>
    public static object Describe(string pool, IReadOnlyList<PoolHostView> hosts) => new
    {
        Pool = Of(hosts).Single(),
        Hosts = hosts.Select(h => new
        {
            h.Record.Name,
            State = !h.Answers ? "down" : h.IsDrained ? "drained" : "ready",
            h.Record.Driver,
            Address = h.Record.PublicAddress,
            Cpus = h.Record.DeclaredCapacity?.Cpus ?? h.Engine?.Cpus,
            MemoryBytes = h.Record.DeclaredCapacity?.MemoryBytes ?? h.Engine?.MemoryBytes,
            h.Record.Labels,
            EngineLabels = h.Engine?.Labels,
            Containers = h.Containers.Select(c => $"{c.Project}/{c.Service}#{c.Replica} ({c.State})"),
            h.Error,
        }),
    };
}

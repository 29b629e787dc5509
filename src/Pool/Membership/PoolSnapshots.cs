using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Membership;

/// <summary>
/// Turns the live pool into scheduler snapshots: capacity from the declared figures or the engine,
/// labels from the pool and the engine, reservations and ports from what hostpool already runs.
/// Containers of <c>replacing</c> (the project being deployed) are left out: the deploy reconciles them.
/// </summary>
public static class PoolSnapshots
{
    public static IReadOnlyList<HostSnapshot> Build(IReadOnlyList<PoolHostView> hosts, string? replacing = null) =>
        [.. hosts.Select(host => Build(host, replacing))];

    private static HostSnapshot Build(PoolHostView host, string? replacing)
    {
        var others = host.Containers.Where(c => c.IsCurrent && !string.Equals(c.Project, replacing, StringComparison.Ordinal)).ToList();
        var declared = host.Record.DeclaredCapacity;
        return new HostSnapshot
        {
            Name = host.Record.Name,
            Id = host.Engine?.NodeId,
            Cpus = declared?.Cpus ?? host.Engine?.Cpus ?? 0,
            MemoryBytes = declared?.MemoryBytes ?? host.Engine?.MemoryBytes ?? 0,
            ReservedCpus = others.Sum(c => c.ReservedCpus),
            ReservedMemoryBytes = others.Sum(c => c.ReservedMemoryBytes),
            NodeLabels = host.Record.Labels,
            EngineLabels = host.Engine?.Labels ?? new Dictionary<string, string>(),
            Os = host.Engine?.Os ?? "linux",
            Arch = host.Engine?.Arch ?? "x86_64",
            State = !host.Answers ? HostReadiness.Down : host.IsDrained ? HostReadiness.Drained : HostReadiness.Ready,
            Replicas = [.. others.Select(c => new ExistingReplica(c.Project, c.Service, [.. c.Ports.Select(p => new PublishedPort(p.HostPort, p.Protocol, p.HostIp))]))],
        };
    }
}

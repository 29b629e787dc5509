namespace HostPool.Pool.Scheduling;

/// <summary>
/// What one compose service asks of the pool, as plain data (the target of the compose mapping):
/// <list type="bullet">
/// <item><see cref="Replicas"/>, <see cref="Mode"/>: `deploy.replicas`, `deploy.mode`.</item>
/// <item><see cref="Cpus"/>, <see cref="MemoryBytes"/>: `deploy.resources.reservations`.</item>
/// <item><see cref="Constraints"/>: `deploy.placement.constraints` (swarm syntax) and classic expressions
/// such as `region==us-*`, `node!=/web-[0-9]+/`, `zone==~a` (soft).</item>
/// <item><see cref="Preferences"/>: `deploy.placement.preferences[].spread`, outermost first.</item>
/// <item><see cref="MaxReplicasPerNode"/>: `deploy.placement.max_replicas_per_node`.</item>
/// <item><see cref="Ports"/>: the host side of `ports`.</item>
/// <item><see cref="ShareHostWith"/>: services named by `network_mode: service:x` and `volumes_from`.</item>
/// <item><see cref="Strategy"/>, <see cref="Operators"/>, <see cref="Affinities"/>: `x-hostpool`.</item>
/// </list>
/// </summary>
public sealed record ServiceDemand
{
    public required string Name { get; init; }

    public int Replicas { get; init; } = 1;

    public ServiceMode Mode { get; init; } = ServiceMode.Replicated;

    public double Cpus { get; init; }

    public long MemoryBytes { get; init; }

    public IReadOnlyList<string> Constraints { get; init; } = [];

    public IReadOnlyList<string> Preferences { get; init; } = [];

    public int? MaxReplicasPerNode { get; init; }

    public IReadOnlyList<PublishedPort> Ports { get; init; } = [];

    public IReadOnlyList<string> ShareHostWith { get; init; } = [];

    /// <summary>spread, binpack or random; null takes the deploy's strategy.</summary>
    public string? Strategy { get; init; }

    public IReadOnlyList<PlacementOperator> Operators { get; init; } = [];

    public IReadOnlyList<ServiceAffinity> Affinities { get; init; } = [];
}

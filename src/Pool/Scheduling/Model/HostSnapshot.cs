namespace HostPool.Pool.Scheduling;

/// <summary>
/// An immutable picture of one pool host as the scheduler sees it. Memory is in bytes.
/// The capacity the scheduler may hand out is (capacity x <see cref="Overcommit"/>) minus what is reserved.
/// </summary>
public sealed record HostSnapshot
{
    public required string Name { get; init; }

    /// <summary>The engine's node id; <see cref="Name"/> when not known.</summary>
    public string? Id { get; init; }

    public required double Cpus { get; init; }

    public required long MemoryBytes { get; init; }

    /// <summary>Cpus already reserved by what runs there.</summary>
    public double ReservedCpus { get; init; }

    public long ReservedMemoryBytes { get; init; }

    /// <summary>How far reservations may exceed capacity, for cpu and memory alike (1 = not at all).</summary>
    public double Overcommit { get; init; } = 1.0;

    /// <summary>Pool labels, matched by constraints as node.labels.KEY.</summary>
    public IReadOnlyDictionary<string, string> NodeLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Docker daemon labels, matched as engine.labels.KEY.</summary>
    public IReadOnlyDictionary<string, string> EngineLabels { get; init; } = new Dictionary<string, string>();

    public string Os { get; init; } = "linux";

    public string Arch { get; init; } = "x86_64";

    public HostReadiness State { get; init; } = HostReadiness.Ready;

    public IReadOnlyList<ExistingReplica> Replicas { get; init; } = [];

    public string NodeId => Id ?? Name;
}

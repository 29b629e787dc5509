namespace HostPool.Pool.Scheduling;

/// <summary>
/// One service bound to one plan: its filters (static ones as host lists, per tier), its preference
/// levels, its per-host replica counts, and what the plan has decided for it so far.
/// </summary>
internal sealed class CompiledService
{
    public required ServiceDemand Demand { get; init; }

    public required int Position { get; init; }

    public required IPlacementStrategy Strategy { get; init; }

    /// <summary>Replicas of the service per host: what already runs plus what this plan placed.</summary>
    public required ServiceCounts Counts { get; init; }

    public required IHostFilter[] HardStatic { get; init; }

    public required IHostFilter[] SoftStatic { get; init; }

    public required IHostFilter[] HardDynamic { get; init; }

    public required IHostFilter[] SoftDynamic { get; init; }

    public required AttributeColumn[] Levels { get; init; }

    /// <summary>Hosts passing every static rule, soft ones included.</summary>
    public required int[] StrictHosts { get; init; }

    /// <summary>Hosts passing the hard static rules.</summary>
    public required int[] RelaxedHosts { get; init; }

    public CompiledService[] SharesWith { get; set; } = [];

    public List<CompiledService> DependsOn { get; } = [];

    public string Name => Demand.Name;

    public double Cpus => Demand.Cpus;

    public double MemoryBytes => Demand.MemoryBytes;

    public bool HasSoftRules => SoftStatic.Length > 0 || SoftDynamic.Length > 0;

    /// <summary>The hosts of the replicas this plan placed, in replica order.</summary>
    public List<int> PlacedHosts { get; } = [];

    public List<Placement> Placements { get; } = [];

    public List<UnplacedReplica> Unplaced { get; } = [];

    /// <summary>The replica's largest share of an average ready host, over cpu and memory.</summary>
    public double Size { get; set; }
}

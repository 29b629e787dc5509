namespace HostPool.Pool.Scheduling;

/// <summary>How to place: the default strategy (spread, binpack, random) and the seed for random choices.</summary>
public sealed record PlanOptions
{
    public string Strategy { get; init; } = "spread";

    public int Seed { get; init; }

    /// <summary>Up to this many hosts, an unplaced replica lists every host's rejection; above, a summary per filter.</summary>
    public int ListHostsUpTo { get; init; } = 32;
}

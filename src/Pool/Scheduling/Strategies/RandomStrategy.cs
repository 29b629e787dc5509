namespace HostPool.Pool.Scheduling;

/// <summary>Any host that passed every filter, drawn with the plan's seeded random.</summary>
internal sealed class RandomStrategy : IPlacementStrategy
{
    public string Name => "random";

    public bool IsRandom => true;

    public double Score(PoolState pool, int host, int serviceReplicasOnHost, double cpus, double memoryBytes) => 0;
}

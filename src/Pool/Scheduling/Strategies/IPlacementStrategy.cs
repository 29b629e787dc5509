namespace HostPool.Pool.Scheduling;

/// <summary>
/// Ranks the hosts that passed every filter: the lowest score wins, ties go to the earlier host.
/// A random strategy draws among them instead, with the plan's seed.
/// </summary>
internal interface IPlacementStrategy
{
    string Name { get; }

    bool IsRandom { get; }

    /// <summary>The score of putting one more replica (<paramref name="cpus"/>, <paramref name="memoryBytes"/>) on <paramref name="host"/>.</summary>
    double Score(PoolState pool, int host, int serviceReplicasOnHost, double cpus, double memoryBytes);
}

namespace HostPool.Pool.Scheduling;

/// <summary>Creates the scheduler.</summary>
public static class Schedulers
{
    public static IPlacementScheduler Create() => new PlacementScheduler();

    /// <summary>The strategy names a deploy or a service may ask for.</summary>
    public static IReadOnlyCollection<string> StrategyNames => PlacementStrategies.Names;
}

namespace HostPool.Pool.Scheduling;

/// <summary>The strategies by name: spread, binpack, random.</summary>
internal static class PlacementStrategies
{
    private static readonly IReadOnlyDictionary<string, IPlacementStrategy> ByName =
        new IPlacementStrategy[] { new SpreadStrategy(), new BinpackStrategy(), new RandomStrategy() }
            .ToDictionary(strategy => strategy.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Names => ["spread", "binpack", "random"];

    public static IPlacementStrategy Get(string name, string context) =>
        ByName.TryGetValue(name.Trim(), out var strategy)
            ? strategy
            : throw new InvalidInputException($"{context}: unknown strategy '{name}'; use one of spread, binpack, random.");
}

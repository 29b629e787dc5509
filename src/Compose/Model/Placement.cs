namespace HostPool.Compose.Model;

/// <summary>Placement rules as written: constraint expressions (parsed by the scheduler), spread preferences, and a per-host cap.</summary>
public sealed record Placement
{
    public IReadOnlyList<string> Constraints { get; init; } = [];
    public IReadOnlyList<PlacementPreference> Preferences { get; init; } = [];
    public int? MaxReplicasPerNode { get; init; }
}

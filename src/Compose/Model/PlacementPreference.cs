namespace HostPool.Compose.Model;

/// <summary>Spread replicas evenly over the values of a node label, e.g. <c>node.labels.zone</c>.</summary>
public sealed record PlacementPreference(string Spread);

namespace HostPool.Pool.Scheduling;

/// <summary>One replica (numbered from 1) placed on a host, and why there.</summary>
public sealed record Placement(string Service, int Replica, string Host, PlacementReason Reason);

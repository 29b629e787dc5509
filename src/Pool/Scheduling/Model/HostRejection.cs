namespace HostPool.Pool.Scheduling;

/// <summary>The first filter that rejected a host for a replica, and its words.</summary>
public sealed record HostRejection(string Host, string Filter, string Detail);

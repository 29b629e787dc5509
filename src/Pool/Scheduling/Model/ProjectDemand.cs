namespace HostPool.Pool.Scheduling;

/// <summary>All services of one deploy; they are placed together.</summary>
public sealed record ProjectDemand(string Name, IReadOnlyList<ServiceDemand> Services);

namespace HostPool.Pool.Scheduling;

/// <summary>A host's capacity (after overcommit) and what is reserved there once the plan is applied.</summary>
public sealed record HostUsage(string Host, HostReadiness State, double Cpus, long MemoryBytes, double ReservedCpus, long ReservedMemoryBytes, int NewReplicas);

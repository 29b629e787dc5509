namespace HostPool.Providers.Model;

/// <summary>Declared or discovered capacity of a host.</summary>
public sealed record HostCapacity(double Cpus, long MemoryBytes);

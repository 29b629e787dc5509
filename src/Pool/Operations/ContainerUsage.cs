namespace HostPool.Pool.Operations;

/// <summary>What one container uses: cpus busy (1.0 = one core) and memory in bytes.</summary>
public sealed record ContainerUsage(double Cpus, long MemoryBytes)
{
    public static ContainerUsage None { get; } = new(0, 0);
}

namespace HostPool.Providers.Store;

/// <summary>How often a waiting acquire looks at the lock again.</summary>
public sealed record PoolLockOptions
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}

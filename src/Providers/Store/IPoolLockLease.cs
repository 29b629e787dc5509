namespace HostPool.Providers.Store;

/// <summary>A pool lock this process holds. Disposing it releases the lock, unless someone force-released it meanwhile.</summary>
public interface IPoolLockLease : IAsyncDisposable
{
    PoolLockRecord Lock { get; }

    /// <summary>The holder whose process was gone when this lease took the lock over; null when the pool was free.</summary>
    PoolLockRecord? TakenOverFrom { get; }
}

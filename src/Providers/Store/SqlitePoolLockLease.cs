namespace HostPool.Providers.Store;

/// <summary>A lock taken by <see cref="SqlitePoolLock"/>; released once, on dispose, even when the command was cancelled.</summary>
internal sealed class SqlitePoolLockLease(SqlitePoolLock owner, PoolLockRecord record, string lease, PoolLockRecord? takenOverFrom) : IPoolLockLease
{
    private int _released;

    public PoolLockRecord Lock => record;

    public PoolLockRecord? TakenOverFrom => takenOverFrom;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            await owner.ReleaseAsync(record.Pool, lease, CancellationToken.None);
        }
    }
}

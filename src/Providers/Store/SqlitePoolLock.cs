using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Store;

/// <summary>
/// Pool locks as rows of the store's pool_locks table. An acquire is one IMMEDIATE transaction (read the row,
/// take it when free or stale, write it), so two processes can never both take one pool. A waiting acquire
/// polls through the named pipeline <see cref="PipelineName"/>.
/// </summary>
internal sealed class SqlitePoolLock(SqliteDatabase database, TimeProvider timeProvider, PoolLockOptions options) : IPoolLock
{
    public const string PipelineName = "hostpool-pool-lock-wait";

    public async Task<IPoolLockLease> AcquireAsync(string pool, ProcessIdentity holder, string message, TimeSpan wait, CancellationToken cancellationToken)
    {
        var attempt = wait <= TimeSpan.Zero
            ? await TryAcquireAsync(pool, holder, message, cancellationToken)
            : await WaitPipeline(wait).ExecuteAsync(async token => await TryAcquireAsync(pool, holder, message, token), cancellationToken);
        return attempt.Lease ?? throw new ConflictException(PoolLockText.Conflict(attempt.Blocker!, wait));
    }

    public async Task<IReadOnlyList<PoolLockRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await PoolLockRows.ListAsync(connection, cancellationToken)).Select(row => row.Record)];
    }

    public async Task<PoolLockRecord> ForceReleaseAsync(string pool, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var held = await PoolLockRows.FindAsync(connection, transaction, pool, cancellationToken)
            ?? throw new NotFoundException($"Pool '{pool}' is not locked; there is nothing to release. Run 'hostpool lock ls' to see the locks held.");
        await PoolLockRows.DeleteAsync(connection, transaction, pool, lease: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return held.Record;
    }

    /// <summary>Releases a lease's lock; a no-op when the lock was force-released (and maybe taken by another) meanwhile.</summary>
    internal async Task ReleaseAsync(string pool, string lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PoolLockRows.DeleteAsync(connection, null, pool, lease, cancellationToken);
    }

    private async Task<Attempt> TryAcquireAsync(string pool, ProcessIdentity holder, string message, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var held = await PoolLockRows.FindAsync(connection, transaction, pool, cancellationToken);
        if (held is { Record: var blocker } && !IsStale(blocker))
        {
            return new Attempt(null, blocker);
        }

        var record = new PoolLockRecord(pool, holder, timeProvider.GetUtcNow(), message);
        var lease = Guid.NewGuid().ToString("N");
        await PoolLockRows.WriteAsync(connection, transaction, record, lease, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Attempt(new SqlitePoolLockLease(this, record, lease, held?.Record), null);
    }

    /// <summary>A holder on this machine whose process no longer runs cannot release; its lock is taken over.</summary>
    private static bool IsStale(PoolLockRecord held) =>
        string.Equals(held.Holder.Hostname, Environment.MachineName, StringComparison.OrdinalIgnoreCase)
        && !ProcessLiveness.IsAlive(held.Holder.Pid);

    private ResiliencePipeline<Attempt> WaitPipeline(TimeSpan wait) =>
        new ResiliencePipelineBuilder<Attempt> { Name = PipelineName, TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Lease: null }),
                MaxRetryAttempts = (int)Math.Clamp(Math.Ceiling(wait / options.PollInterval), 1, int.MaxValue),
                Delay = options.PollInterval,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
            })
            .Build();

    private sealed record Attempt(IPoolLockLease? Lease, PoolLockRecord? Blocker);
}

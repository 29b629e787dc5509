namespace HostPool.Providers.Store;

/// <summary>
/// One lock per pool, so two commands that change a pool's projects (deploy, down, ...) never interleave.
/// Kept in the store, so every hostpool process on the home sees it.
/// </summary>
public interface IPoolLock
{
    /// <summary>
    /// Takes the pool's lock, polling for up to <paramref name="wait"/> while another holds it (zero: fail at once).
    /// A holder on this machine whose process is gone is taken over.
    /// </summary>
    /// <exception cref="ConflictException">Still held by another after the wait; the message names holder, time and message.</exception>
    Task<IPoolLockLease> AcquireAsync(string pool, ProcessIdentity holder, string message, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>The locks held now, by pool name.</summary>
    Task<IReadOnlyList<PoolLockRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Releases a pool's lock whoever holds it; returns what it removed.</summary>
    /// <exception cref="NotFoundException">The pool is not locked.</exception>
    Task<PoolLockRecord> ForceReleaseAsync(string pool, CancellationToken cancellationToken);
}

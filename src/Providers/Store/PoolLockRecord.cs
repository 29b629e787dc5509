namespace HostPool.Providers.Store;

/// <summary>A held pool lock: which pool, who holds it, since when, and what for ("deploy web").</summary>
public sealed record PoolLockRecord(string Pool, ProcessIdentity Holder, DateTimeOffset AcquiredAt, string Message);

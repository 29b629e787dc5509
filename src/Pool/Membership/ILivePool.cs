namespace HostPool.Pool.Membership;

/// <summary>Reads the pool's hosts from the store and asks every running host's engine at once.</summary>
public interface ILivePool
{
    /// <summary>Hosts of <paramref name="pool"/> (every pool when null), in store order.</summary>
    Task<IReadOnlyList<PoolHostView>> ReadAsync(string? pool, CancellationToken cancellationToken);
}

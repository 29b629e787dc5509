namespace HostPool.Pool.Operations;

/// <summary>Capacity, reservations and live use of every host of a pool.</summary>
public interface IPoolTop
{
    /// <summary>One row per host of <paramref name="pool"/> (every host when null), in store order; engines and containers asked in parallel.</summary>
    Task<IReadOnlyList<HostUsage>> ReadAsync(string? pool, CancellationToken cancellationToken);
}

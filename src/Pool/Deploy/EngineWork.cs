namespace HostPool.Pool.Deploy;

/// <summary>
/// Runs engine calls for many items at once. The work waits on the network, not the CPU, so it is not bounded by
/// the core count (Parallel.ForEachAsync's default); each host's own bound is <see cref="EngineSet"/>'s slots.
/// </summary>
internal static class EngineWork
{
    public const int MaxConcurrency = 256;

    public static Task ForEachAsync<T>(IEnumerable<T> items, CancellationToken cancellationToken, Func<T, CancellationToken, ValueTask> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = cancellationToken }, body);
}

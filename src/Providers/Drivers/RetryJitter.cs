namespace HostPool.Providers.Drivers;

/// <summary>
/// The random source for a retry pipeline's jitter: seeded when a seed is given (so fault campaigns replay
/// exactly), and safe to call from the concurrent calls one pipeline serves.
/// </summary>
internal static class RetryJitter
{
    public static Func<double> Randomizer(int? seed)
    {
        var random = seed is { } value ? new Random(value) : new Random();
        var gate = new Lock();
        return () =>
        {
            lock (gate)
            {
                return random.NextDouble();
            }
        };
    }
}

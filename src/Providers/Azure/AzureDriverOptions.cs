namespace HostPool.Providers.Azure;

/// <summary>
/// How patiently the azure driver retries and waits. Throttling (429, honouring Retry-After), 5xx and conflicts with
/// an operation in progress back off from a second; long-running operations are polled every few seconds.
/// Tests against a simulator shorten them.
/// </summary>
public sealed record AzureDriverOptions
{
    /// <summary>Attempts after the first for throttling, 5xx, network errors and resources still in use.</summary>
    public int MaxRetries { get; init; } = 8;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Interval between polls of a long-running operation (a larger Retry-After from Azure wins).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one long-running operation may take before the driver gives up on it.</summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromMinutes(20);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Seed of the jitter's random generator; null means a random seed.</summary>
    public int? JitterSeed { get; init; }
}

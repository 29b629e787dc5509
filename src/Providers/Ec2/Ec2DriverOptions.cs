namespace HostPool.Providers.Ec2;

/// <summary>
/// How patiently the ec2 driver retries and waits. Defaults follow AWS: throttling backs off from a second,
/// waiters poll every 15 s (InstanceRunning: 40 times). Tests against a simulator shorten them.
/// </summary>
public sealed record Ec2DriverOptions
{
    /// <summary>Attempts after the first for throttling, 5xx and network errors.</summary>
    public int MaxRetries { get; init; } = 8;

    /// <summary>The first backoff; it doubles per attempt, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts after the first when EC2 has no capacity for the instance type (InsufficientInstanceCapacity).</summary>
    public int CapacityRetries { get; init; } = 3;

    public TimeSpan WaitInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Polls before a wait for an instance state gives up (the waiters' maxAttempts).</summary>
    public int WaitAttempts { get; init; } = 40;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seed of the jitter's random generator; null means a random seed.</summary>
    public int? JitterSeed { get; init; }
}

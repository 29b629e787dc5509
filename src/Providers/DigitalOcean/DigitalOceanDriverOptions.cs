namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// How patiently the digitalocean driver retries and waits. A 429 waits as long as its retry-after (or until
/// ratelimit-reset), capped by <see cref="MaxRetryDelay"/>; actions are polled every <see cref="WaitInterval"/>.
/// Tests against a simulator shorten them.
/// </summary>
public sealed record DigitalOceanDriverOptions
{
    /// <summary>Attempts after the first for 429, 5xx and network errors.</summary>
    public int MaxRetries { get; init; } = 8;

    /// <summary>The first backoff when the API gives no retry-after; it doubles per attempt, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait between attempts, including one asked for by retry-after or ratelimit-reset.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan WaitInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Polls before waiting for an action or a droplet gives up.</summary>
    public int WaitAttempts { get; init; } = 120;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seed of the jitter's random generator; null means a random seed.</summary>
    public int? JitterSeed { get; init; }
}

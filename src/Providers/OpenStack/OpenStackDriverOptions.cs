namespace HostPool.Providers.OpenStack;

/// <summary>How patiently the openstack driver retries and waits (servers are polled every 5 s, up to 10 minutes). Tests shorten them.</summary>
public sealed record OpenStackDriverOptions
{
    public int MaxRetries { get; init; } = 8;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan WaitInterval { get; init; } = TimeSpan.FromSeconds(5);

    public int WaitAttempts { get; init; } = 120;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public int? JitterSeed { get; init; }
}

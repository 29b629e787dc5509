namespace HostPool.CloudSim.DigitalOcean;

/// <summary>How the DigitalOcean simulator behaves: transition time, id seed and the token's rate limits.</summary>
public sealed record DoSimOptions
{
    /// <summary>The least time a droplet create, power or delete action takes.</summary>
    public TimeSpan TransitionTime { get; init; } = TimeSpan.FromMilliseconds(500);

    public int Seed { get; init; } = 1;

    /// <summary>Requests a token may make per hour (ratelimit-limit).</summary>
    public int RequestsPerHour { get; init; } = 5000;

    /// <summary>The burst limit: requests per minute before a 429 with retry-after.</summary>
    public int RequestsPerMinute { get; init; } = 250;
}

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// How the OpenStack simulator behaves: transition time, token lifetime, the region, the highest compute microversion
/// it supports, the one project's credentials (a password user and an application credential) and the id seed.
/// </summary>
public sealed record OsSimOptions
{
    /// <summary>The least time a server build, power action or delete takes.</summary>
    public TimeSpan TransitionTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a token is valid (its expires_at); short lifetimes exercise a client's re-authentication.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    public string Region { get; init; } = "RegionOne";

    /// <summary>The highest compute microversion (the v2.1 version document's "version").</summary>
    public Version MaxComputeVersion { get; init; } = new(2, 100);

    public string Username { get; init; } = "hostpool";

    public string Password { get; init; } = "simulator-password";

    public string ProjectName { get; init; } = "hostpool";

    public string ApplicationCredentialId { get; init; } = "423f19a4ac1e4f48bbb4180756e6eb6c";

    public string ApplicationCredentialSecret { get; init; } = "simulator-application-secret";

    public int Seed { get; init; } = 1;
}

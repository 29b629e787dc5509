namespace HostPool.CloudSim.Ec2;

/// <summary>How the EC2 simulator behaves: its region, the time each state transition takes and the seed of its ids.</summary>
public sealed record Ec2SimOptions
{
    public string Region { get; init; } = "us-east-1";

    /// <summary>The least time pending, stopping and shutting-down last.</summary>
    public TimeSpan TransitionTime { get; init; } = TimeSpan.FromMilliseconds(500);

    public int Seed { get; init; } = 1;
}

namespace HostPool.CloudSim.Ec2;

/// <summary>What RunInstances asked for: kept on the instance, and compared for client-token idempotency.</summary>
internal sealed record SimLaunch(
    string ImageId,
    string InstanceType,
    string? KeyName,
    SimSubnet Subnet,
    IReadOnlyList<string> GroupIds,
    bool PublicAddress,
    string? ClientToken,
    string SshUser)
{
    public bool Spot { get; init; }

    public string? IamInstanceProfile { get; init; }

    public int RootVolumeSize { get; init; } = 8;

    public string RootVolumeType { get; init; } = "gp3";

    /// <summary>The parameters that must be equal for a repeated client token to be the same request.</summary>
    public string Fingerprint => string.Join('|', ImageId, InstanceType, KeyName, Subnet.Id, string.Join(',', GroupIds), Spot, RootVolumeSize);
}

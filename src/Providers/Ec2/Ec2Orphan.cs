namespace HostPool.Providers.Ec2;

/// <summary>
/// An EC2 resource tagged by hostpool that no host record owns: <see cref="Kind"/> is "instance", "key-pair" or
/// "security-group"; <see cref="Host"/> is null for a pool's security group.
/// </summary>
public sealed record Ec2Orphan(string Kind, string Id, string Pool, string? Host, string Detail);

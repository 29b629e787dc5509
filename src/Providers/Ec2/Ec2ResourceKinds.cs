namespace HostPool.Providers.Ec2;

/// <summary>The journal's resource kinds and provider-data keys of the ec2 driver.</summary>
internal static class Ec2ResourceKinds
{
    public const string Instance = "ec2-instance";
    public const string KeyPair = "ec2-key-pair";
    public const string SecurityGroup = "ec2-security-group";

    /// <summary>Attribute on the security group's entry: "pool" (shared by the pool's hosts, deleted with the last one).</summary>
    public const string ScopeAttribute = "scope";
    public const string PoolScope = "pool";

    public const string DataClientToken = "ec2-client-token";
    public const string DataKeyName = "ec2-key-name";
    public const string DataSecurityGroup = "ec2-security-group";
    public const string DataRegion = "ec2-region";
    public const string DataSubnet = "ec2-subnet";
}

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// What a new simulated account holds: one default VPC with a default subnet per zone, and images named like
/// Canonical's and Debian's current ones (same owner ids and name patterns), so an AMI lookup by owner and name
/// works as on AWS. Their machines are local hosts that log in as root, whatever the image's usual user.
/// </summary>
internal static class Ec2Catalog
{
    public const string AccountId = "123456789012";
    public const string CanonicalOwner = "099720109477";
    public const string DebianOwner = "136693071363";
    public const string SimulatorSshUser = "root";

    public static readonly SimVpc DefaultVpc = new("vpc-0d5f1a2b3c4d5e6f7", "172.31.0.0/16", IsDefault: true);

    public static IReadOnlyList<SimSubnet> Subnets(string region) =>
    [
        new("subnet-0a1b2c3d4e5f60701", DefaultVpc.Id, "172.31.0.0/20", region + "a", DefaultForAz: true),
        new("subnet-0a1b2c3d4e5f60702", DefaultVpc.Id, "172.31.16.0/20", region + "b", DefaultForAz: true),
        new("subnet-0a1b2c3d4e5f60703", DefaultVpc.Id, "172.31.32.0/20", region + "c", DefaultForAz: true),
    ];

    public static IReadOnlyList<SimImage> Images { get; } =
    [
        new("ami-0b5e0c1d2e3f40001", "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20260715", CanonicalOwner, "amazon",
            new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero), "Canonical, Ubuntu, 24.04, amd64 noble image", SimulatorSshUser),
        new("ami-0b5e0c1d2e3f40002", "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20260301", CanonicalOwner, "amazon",
            new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), "Canonical, Ubuntu, 24.04, amd64 noble image (older build)", SimulatorSshUser),
        new("ami-0b5e0c1d2e3f40003", "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20260715", CanonicalOwner, "amazon",
            new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero), "Canonical, Ubuntu, 24.04, arm64 noble image", SimulatorSshUser) { Architecture = "arm64" },
        new("ami-0d1e2b3a4c5d60004", "debian-12-amd64-20260710-2100", DebianOwner, "amazon",
            new DateTimeOffset(2026, 7, 10, 21, 0, 0, TimeSpan.Zero), "Debian 12 (20260710-2100)", SimulatorSshUser),
    ];

    public static IReadOnlyList<string> InstanceTypes { get; } =
    [
        "t3.nano", "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3a.medium", "t4g.medium",
        "m5.large", "m5.xlarge", "m6i.large", "m7i.large", "c5.large", "c6i.large", "r5.large",
    ];
}

namespace HostPool.CloudSim.Ec2;

/// <summary>A subnet of a VPC in one availability zone.</summary>
internal sealed record SimSubnet(string Id, string VpcId, string CidrBlock, string AvailabilityZone, bool DefaultForAz) : IFilterable
{
    public IReadOnlyDictionary<string, string> Tags { get; } = new Dictionary<string, string>();

    public IReadOnlyList<string>? FilterValues(string name) => name switch
    {
        "subnet-id" => [Id],
        "vpc-id" => [VpcId],
        "availability-zone" or "availabilityZone" => [AvailabilityZone],
        "default-for-az" or "defaultForAz" => [DefaultForAz ? "true" : "false"],
        "state" => ["available"],
        "cidr-block" or "cidr" or "cidrBlock" => [CidrBlock],
        "owner-id" => [Ec2Catalog.AccountId],
        _ => null,
    };
}

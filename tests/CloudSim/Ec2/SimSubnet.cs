namespace HostPool.CloudSim.Ec2;

/// <summary>A subnet of a VPC in one availability zone.</summary>
internal sealed record SimSubnet(string Id, string VpcId, string CidrBlock, string AvailabilityZone, bool DefaultForAz) : IFilterable
{
    /// <summary>A resource of this kind used only to tell which filter names exist (AWS rejects unknown ones even when nothing matches).</summary>
    public static bool KnowsFilter(string name) => new SimSubnet("subnet-0", "vpc-0", "10.0.0.0/24", "zone", false).FilterValues(name) is not null;

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

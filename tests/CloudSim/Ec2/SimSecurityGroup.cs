namespace HostPool.CloudSim.Ec2;

/// <summary>A security group in a VPC with its ingress rules (egress is EC2's default: everything allowed).</summary>
internal sealed class SimSecurityGroup(string id, string name, string description, string vpcId, bool isDefault) : IFilterable
{
    /// <summary>A resource of this kind used only to tell which filter names exist (AWS rejects unknown ones even when nothing matches).</summary>
    public static bool KnowsFilter(string name) => new SimSecurityGroup("sg-0", "g", "d", "vpc-0", false).FilterValues(name) is not null;

    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Description { get; } = description;

    public string VpcId { get; } = vpcId;

    /// <summary>The VPC's own "default" group: not listed as a leak, cannot be deleted.</summary>
    public bool IsDefault { get; } = isDefault;

    public List<SimRule> Ingress { get; } = [];

    public Dictionary<string, string> TagValues { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Tags => TagValues;

    public IReadOnlyList<string>? FilterValues(string name) => name switch
    {
        "group-id" => [Id],
        "group-name" => [Name],
        "description" => [Description],
        "vpc-id" => [VpcId],
        "owner-id" => [Ec2Catalog.AccountId],
        "ip-permission.from-port" => [.. Ingress.Where(r => r.FromPort is not null).Select(r => r.FromPort!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        "ip-permission.cidr" => [.. Ingress.Where(r => r.Cidr is not null).Select(r => r.Cidr!)],
        "ip-permission.group-id" => [.. Ingress.Where(r => r.SourceGroupId is not null).Select(r => r.SourceGroupId!)],
        _ => null,
    };
}

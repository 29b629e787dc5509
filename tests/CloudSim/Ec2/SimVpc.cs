namespace HostPool.CloudSim.Ec2;

/// <summary>A VPC; the simulator has one default VPC, as a new AWS account has.</summary>
internal sealed record SimVpc(string Id, string CidrBlock, bool IsDefault) : IFilterable
{
    /// <summary>A resource of this kind used only to tell which filter names exist (AWS rejects unknown ones even when nothing matches).</summary>
    public static bool KnowsFilter(string name) => new SimVpc("vpc-0", "10.0.0.0/16", false).FilterValues(name) is not null;

    public IReadOnlyDictionary<string, string> Tags { get; } = new Dictionary<string, string>();

    public IReadOnlyList<string>? FilterValues(string name) => name switch
    {
        "vpc-id" => [Id],
        "is-default" => [IsDefault ? "true" : "false"],
        "isDefault" => [IsDefault ? "true" : "false"],
        "state" => ["available"],
        "cidr" or "cidr-block-association.cidr-block" => [CidrBlock],
        "owner-id" => [Ec2Catalog.AccountId],
        _ => null,
    };
}

namespace HostPool.CloudSim.Ec2;

/// <summary>An AMI the simulator offers. <see cref="SshUser"/> is the login its machines accept.</summary>
internal sealed record SimImage(string Id, string Name, string OwnerId, string OwnerAlias, DateTimeOffset Created, string Description, string SshUser) : IFilterable
{
    /// <summary>A resource of this kind used only to tell which filter names exist (AWS rejects unknown ones even when nothing matches).</summary>
    public static bool KnowsFilter(string name) => new SimImage("ami-0", "n", "o", "a", default, "d", "root").FilterValues(name) is not null;

    public string Architecture { get; init; } = "x86_64";

    public IReadOnlyDictionary<string, string> Tags { get; } = new Dictionary<string, string>();

    public IReadOnlyList<string>? FilterValues(string name) => name switch
    {
        "image-id" => [Id],
        "name" => [Name],
        "owner-id" => [OwnerId],
        "owner-alias" => [OwnerAlias],
        "architecture" => [Architecture],
        "state" => ["available"],
        "is-public" => ["true"],
        "image-type" => ["machine"],
        "root-device-type" => ["ebs"],
        "virtualization-type" => ["hvm"],
        "description" => [Description],
        _ => null,
    };
}

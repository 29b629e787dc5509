namespace HostPool.CloudSim.OpenStack;

/// <summary>A Neutron security group: made with the two default egress rules, names not unique, tags set through /tags.</summary>
internal sealed class SimOsSecurityGroup(string id, string name, string description, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Description { get; } = description;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public List<SimOsRule> Rules { get; } = [];

    public List<string> Tags { get; } = [];
}

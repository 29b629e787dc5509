namespace HostPool.CloudSim.OpenStack;

/// <summary>A Neutron floating IP: allocated from an external network, associated with a port or not (DOWN then).</summary>
internal sealed class SimOsFloatingIp(string id, string address, string networkId, string description, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Address { get; } = address;

    public string NetworkId { get; } = networkId;

    public string Description { get; } = description;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string? PortId { get; set; }

    public List<string> Tags { get; } = [];
}

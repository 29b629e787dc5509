namespace HostPool.CloudSim.OpenStack;

/// <summary>An imported Nova key pair.</summary>
internal sealed record SimOsKeyPair(string Name, string PublicKey, string Fingerprint, string Type, DateTimeOffset CreatedAt);

/// <summary>A Neutron security group rule (security-group-rule-create-response.json's fields).</summary>
internal sealed record SimOsRule(string Id, string GroupId, string Direction, string Ethertype, string? Protocol, int? PortMin, int? PortMax, string? RemoteIpPrefix, string? RemoteGroupId)
{
    public bool SameAs(SimOsRule other) =>
        (GroupId, Direction, Ethertype, Protocol, PortMin, PortMax, RemoteIpPrefix, RemoteGroupId) ==
        (other.GroupId, other.Direction, other.Ethertype, other.Protocol, other.PortMin, other.PortMax, other.RemoteIpPrefix, other.RemoteGroupId);
}

/// <summary>A Neutron port of a server (device_owner compute:nova) with its fixed address.</summary>
internal sealed record SimOsPort(string Id, string NetworkId, string SubnetId, string DeviceId, string MacAddress, DateTimeOffset CreatedAt)
{
    public string? Address { get; set; }

    public List<string> Tags { get; } = [];
}

namespace HostPool.CloudSim.OpenStack;

/// <summary>A Nova flavor (flavors-detail-resp.json's fields).</summary>
internal sealed record SimOsFlavor(string Id, string Name, int Vcpus, int Ram, int Disk);

/// <summary>A Glance image (images-list-response.json's fields that matter).</summary>
internal sealed record SimOsImage(string Id, string Name, string Distribution, long Size);

/// <summary>A Neutron network with its one IPv4 subnet; external ones are floating IP pools.</summary>
internal sealed record SimOsNetwork(string Id, string Name, bool External, string SubnetId, string Cidr);

namespace HostPool.Providers.Model;

/// <summary>
/// The ports the pool's Swarm-mode network control plane needs between pool members, and only between them:
/// cloud drivers open them to the pool's own security group or tag, local hosts through an
/// <see cref="Drivers.IClusterPortGuard"/>.
/// </summary>
public static class ClusterPorts
{
    /// <summary>Cluster management (tcp).</summary>
    public const int Management = 2377;

    /// <summary>Node gossip (tcp and udp).</summary>
    public const int Gossip = 7946;

    /// <summary>Overlay data path, VXLAN (udp).</summary>
    public const int DataPath = 4789;

    /// <summary>Every port with its protocol, as firewall rules name them.</summary>
    public static readonly IReadOnlyList<(string Protocol, int Port)> All =
        [("tcp", Management), ("tcp", Gossip), ("udp", Gossip), ("udp", DataPath)];
}

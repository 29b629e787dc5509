namespace HostPool.Pool.Networking;

/// <summary>The ports Swarm mode's network control plane needs between pool members.</summary>
public static class SwarmPorts
{
    /// <summary>Cluster management (tcp).</summary>
    public const int Management = 2377;

    /// <summary>Node gossip (tcp and udp).</summary>
    public const int Gossip = 7946;

    /// <summary>Overlay data path, VXLAN (udp).</summary>
    public const int DataPath = 4789;
}

namespace HostPool.Providers.Local;

/// <summary>The kinds of resources the local driver journals, and the provider data keys it saves on the host record.</summary>
public static class LocalResourceKinds
{
    /// <summary>The host's folder under HOSTPOOL_HOME (Id: path relative to the home).</summary>
    public const string Folder = "local-folder";

    /// <summary>The bridge the host attaches to, with its FORWARD accept rule (Id: bridge name; attribute subnet).</summary>
    public const string Bridge = "local-bridge";

    /// <summary>The host's address lease on the bridge (Id: IPv4 address; attributes bridge, netns).</summary>
    public const string Address = "local-address";

    /// <summary>The network namespace (Id: its name under /run/netns).</summary>
    public const string NetworkNamespace = "local-netns";

    /// <summary>The veth pair (Id: the name of its end on the bridge).</summary>
    public const string Veth = "local-veth";

    /// <summary>The host's private mount namespace with its bind mounts (Id: "mnt:[inode]"; attribute mounts).</summary>
    public const string MountNamespace = "local-mounts";

    /// <summary>A process started for the host, here its sshd (Id: pid; attributes start-time, program).</summary>
    public const string Process = "local-process";

    public const string DataNamespace = "local-netns";
    public const string DataBridge = "local-bridge";
    public const string DataSubnet = "local-subnet";
    public const string DataAddress = "local-address";
    public const string DataVeth = "local-veth";
}

namespace HostPool.Providers.Azure;

/// <summary>The journal's resource kinds (ids are ARM resource ids) and provider-data keys of the azure driver.</summary>
internal static class AzureResourceKinds
{
    public const string ResourceGroup = "azure-resource-group";
    public const string SecurityGroup = "azure-network-security-group";
    public const string VirtualNetwork = "azure-virtual-network";
    public const string PublicIp = "azure-public-ip";
    public const string NetworkInterface = "azure-network-interface";
    public const string VirtualMachine = "azure-virtual-machine";
    public const string OsDisk = "azure-os-disk";

    /// <summary>Attribute on pool-level entries: "pool" (shared by the pool's hosts, deleted with the last one).</summary>
    public const string ScopeAttribute = "scope";
    public const string PoolScope = "pool";

    public const string DataResourceGroup = "azure-resource-group";
    public const string DataLocation = "azure-location";
    public const string DataVirtualMachine = "azure-virtual-machine";

    /// <summary>Removal order: the VM first (it holds the disk and NIC), then what it used, then the pool's resources.</summary>
    public static readonly IReadOnlyList<string> RemovalOrder =
        [VirtualMachine, OsDisk, NetworkInterface, PublicIp, VirtualNetwork, SecurityGroup, ResourceGroup];
}

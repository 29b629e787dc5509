namespace HostPool.Providers.Azure;

/// <summary>
/// Names and ARM ids of a host's resources. Per host "hp-HOST-SUFFIX-vm|nic|ip|osdisk" (the random suffix keeps a
/// shared resource group's old VM from being updated in place); per pool "hostpool-POOL-nsg|vnet".
/// </summary>
internal sealed record AzureNames(string SubscriptionId, string ResourceGroup, string Pool, string Host, string Suffix)
{
    public const string SubnetName = "hostpool";
    public const string AddressSpace = "10.87.0.0/16";
    public const string SubnetPrefix = "10.87.0.0/24";
    public const string OsDiskSuffix = "-osdisk";

    public string Prefix => $"hp-{Host}-{Suffix}";

    public string VmName => Prefix + "-vm";

    public string ResourceGroupId => $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}";

    public string SecurityGroupId => Network("networkSecurityGroups", $"hostpool-{Pool}-nsg");

    public string VirtualNetworkId => Network("virtualNetworks", $"hostpool-{Pool}-vnet");

    public string SubnetId => $"{VirtualNetworkId}/subnets/{SubnetName}";

    public string PublicIpId => Network("publicIPAddresses", Prefix + "-ip");

    public string NetworkInterfaceId => Network("networkInterfaces", Prefix + "-nic");

    public string VirtualMachineId => $"{ResourceGroupId}/providers/Microsoft.Compute/virtualMachines/{VmName}";

    public string OsDiskName => Prefix + OsDiskSuffix;

    public string OsDiskId => $"{ResourceGroupId}/providers/Microsoft.Compute/disks/{OsDiskName}";

    public static string DefaultResourceGroup(string pool) => $"hostpool-{pool}";

    private string Network(string type, string name) => $"{ResourceGroupId}/providers/Microsoft.Network/{type}/{name}";
}

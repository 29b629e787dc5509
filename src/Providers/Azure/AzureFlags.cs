using HostPool.Providers.Drivers;

namespace HostPool.Providers.Azure;

/// <summary>The azure driver's flags, as given on `create` (--azure-location and so on).</summary>
public static class AzureFlags
{
    public const string SubscriptionId = "azure-subscription-id";
    public const string TenantId = "azure-tenant-id";
    public const string ClientId = "azure-client-id";
    public const string ClientSecret = "azure-client-secret";
    public const string ResourceGroup = "azure-resource-group";
    public const string Location = "azure-location";
    public const string VmSize = "azure-vm-size";
    public const string Image = "azure-image";
    public const string SshUser = "azure-ssh-user";
    public const string DiskSize = "azure-disk-size";
    public const string DiskType = "azure-disk-type";
    public const string PublicIp = "azure-public-ip";
    public const string PrivateAddressOnly = "azure-private-address-only";
    public const string Zone = "azure-zone";
    public const string Tags = "azure-tags";
    public const string CustomData = "azure-custom-data";
    public const string SourceCidr = "azure-source-cidr";
    public const string StopMode = "azure-stop-mode";
    public const string ArmEndpoint = "azure-arm-endpoint";
    public const string AuthorityHost = "azure-authority-host";
    public const string CaCert = "azure-ca-cert";

    public const string DefaultLocation = "eastus";
    public const string DefaultVmSize = "Standard_B2s";
    public const string DefaultImage = "Canonical:ubuntu-24_04-lts:server:latest";
    public const string DefaultSshUser = "azureuser";
    public const string DefaultDiskSize = "30";
    public const string DefaultDiskType = "StandardSSD_LRS";
    public const string DefaultSourceCidr = "0.0.0.0/0";
    public const string DefaultArmEndpoint = "https://management.azure.com/";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com/";

    public static IReadOnlyList<DriverFlag> All { get; } =
    [
        new(SubscriptionId, "Subscription to create in") { EnvironmentVariable = "AZURE_SUBSCRIPTION_ID" },
        new(TenantId, "Entra ID tenant of the service principal; default: the credential chain's") { EnvironmentVariable = "AZURE_TENANT_ID" },
        new(ClientId, "Service principal (application) id; default: the Azure credential chain") { EnvironmentVariable = "AZURE_CLIENT_ID" },
        new(ClientSecret, "Service principal secret; default: the Azure credential chain") { IsSecret = true, EnvironmentVariable = "AZURE_CLIENT_SECRET" },
        new(ResourceGroup, "Resource group; made when missing (and then removed with the pool's last host)") { DefaultValue = "hostpool-POOL" },
        new(Location, "Azure region") { DefaultValue = DefaultLocation },
        new(VmSize, "VM size") { DefaultValue = DefaultVmSize },
        new(Image, "Marketplace image as publisher:offer:sku:version") { DefaultValue = DefaultImage },
        new(SshUser, "Admin user the SSH key is given to (Azure refuses root and admin)") { DefaultValue = DefaultSshUser },
        new(DiskSize, "OS disk size in GiB") { DefaultValue = DefaultDiskSize },
        new(DiskType, "OS disk type (Standard_LRS, StandardSSD_LRS, Premium_LRS, StandardSSD_ZRS, Premium_ZRS)") { DefaultValue = DefaultDiskType },
        new(PublicIp, "Public IP allocation: static (Standard SKU, kept across stop) or dynamic (Basic SKU)") { DefaultValue = "static" },
        new(PrivateAddressOnly, "No public IP; hostpool connects to the private address and must reach the virtual network") { DefaultValue = "false" },
        new(Zone, "Availability zone (1, 2 or 3) of the VM"),
        new(Tags, "Extra tags, key=value (repeatable, or comma-separated)") { IsMultiValue = true },
        new(CustomData, "File with custom data (cloud-init) for the VM"),
        new(SourceCidr, "Addresses allowed to reach SSH (22) and the Docker API (2376)") { DefaultValue = DefaultSourceCidr },
        new(StopMode, "What stop does: deallocate (stops billing, a dynamic IP is released) or poweroff (keeps the IP, still billed)") { DefaultValue = "deallocate" },
        new(ArmEndpoint, "Resource Manager endpoint (sovereign clouds, simulators)") { DefaultValue = DefaultArmEndpoint },
        new(AuthorityHost, "Entra ID authority host (sovereign clouds, simulators)") { DefaultValue = DefaultAuthorityHost, EnvironmentVariable = "AZURE_AUTHORITY_HOST" },
        new(CaCert, "PEM file of a CA trusted for the ARM and authority endpoints only (a private cloud or simulator); default: the system's trust"),
    ];
}

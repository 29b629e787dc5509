using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace HostPool.Providers.Azure;

/// <summary>The VM's body (typed Compute model): Linux with the host's SSH key only, the OS disk named and deleted with the VM, the host's NIC.</summary>
internal static class AzureVirtualMachines
{
    public static VirtualMachineData Data(AzureNames names, AzureOptions options, string publicKey, byte[]? customData, IReadOnlyDictionary<string, string> tags)
    {
        var data = new VirtualMachineData(new AzureLocation(options.Location))
        {
            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = new VirtualMachineSizeType(options.VmSize) },
            StorageProfile = new VirtualMachineStorageProfile
            {
                ImageReference = new ImageReference
                {
                    Publisher = options.Image.Publisher,
                    Offer = options.Image.Offer,
                    Sku = options.Image.Sku,
                    Version = options.Image.Version,
                },
                OSDisk = new VirtualMachineOSDisk(DiskCreateOptionType.FromImage)
                {
                    Name = names.OsDiskName,
                    DiskSizeGB = options.DiskSize,
                    Caching = CachingType.ReadWrite,
                    ManagedDisk = new VirtualMachineManagedDisk { StorageAccountType = new StorageAccountType(options.DiskType) },
                    DeleteOption = DiskDeleteOptionType.Delete,
                },
            },
            OSProfile = new VirtualMachineOSProfile
            {
                ComputerName = names.Host,
                AdminUsername = options.SshUser,
                CustomData = customData is null ? null : Convert.ToBase64String(customData),
                LinuxConfiguration = new LinuxConfiguration
                {
                    IsPasswordAuthenticationDisabled = true,
                    SshPublicKeys = { new SshPublicKeyConfiguration { Path = $"/home/{options.SshUser}/.ssh/authorized_keys", KeyData = publicKey } },
                },
            },
            NetworkProfile = new VirtualMachineNetworkProfile
            {
                NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = new ResourceIdentifier(names.NetworkInterfaceId), Primary = true } },
            },
        };
        if (options.Zone is { } zone)
        {
            data.Zones.Add(zone);
        }

        foreach (var (key, value) in tags)
        {
            data.Tags[key] = value;
        }

        return data;
    }

    /// <summary>The PowerState/... code of an instance view ("running", "deallocated", ...), or null when not reported.</summary>
    public static string? PowerState(VirtualMachineInstanceView view) =>
        view.Statuses?.Select(s => s.Code).FirstOrDefault(c => c?.StartsWith("PowerState/", StringComparison.Ordinal) == true)?["PowerState/".Length..];
}

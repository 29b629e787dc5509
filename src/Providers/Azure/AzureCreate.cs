using System.Security.Cryptography;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Compute;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Azure;

/// <summary>
/// Creates one host's Azure resources in order, journaling each ARM id before the PUT that makes it: the pool's
/// resource group, network security group and virtual network, then the host's public IP, network interface and VM
/// (with its OS disk, named in advance). A rollback or remove therefore finds everything, even after a lost answer.
/// </summary>
internal sealed class AzureCreate(HostPoolHome home, AzureServices services)
{
    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var options = AzureOptions.From(spec);
        var calls = services.Connect(options.Connection);
        var names = new AzureNames(options.Connection.SubscriptionId, options.ResourceGroup, spec.Pool, spec.Name, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)));
        await journal.SetProviderDataAsync(AzureResourceKinds.DataResourceGroup, names.ResourceGroup, cancellationToken);
        await journal.SetProviderDataAsync(AzureResourceKinds.DataLocation, options.Location, cancellationToken);
        await journal.SetProviderDataAsync(AzureResourceKinds.DataVirtualMachine, names.VirtualMachineId, cancellationToken);
        var customData = options.CustomDataFile is null ? null : await File.ReadAllBytesAsync(options.CustomDataFile, cancellationToken);

        var keyFile = Path.Combine(home.MachineDirectory(spec.Name), SshKeyPair.PrivateKeyFileName);
        var key = SshKeyPair.Generate($"hostpool-{spec.Pool}-{spec.Name}");
        PrivateFile.CreateDirectory(home.MachineDirectory(spec.Name));
        await key.WriteAsync(keyFile, cancellationToken);

        progress.Report($"ensuring resource group {names.ResourceGroup} and the pool's network in {options.Location}");
        await AzurePool.EnsureAsync(calls, names, options, journal, cancellationToken);

        string? publicIpId = null;
        if (!options.PrivateAddressOnly)
        {
            progress.Report("creating public IP");
            publicIpId = names.PublicIpId;
            await journal.RecordAsync(new ResourceRef(AzureResourceKinds.PublicIp, publicIpId), cancellationToken);
            await AzureResources.PutAsync(
                calls, publicIpId, options.Location, AzureBodies.PublicIp(options.StaticPublicIp),
                AzureTags.For(spec.Pool, spec.Name, AzureTags.RolePublicIp, options.Tags), options.StaticPublicIp ? "Standard" : "Basic", cancellationToken);
        }

        progress.Report("creating network interface");
        await journal.RecordAsync(new ResourceRef(AzureResourceKinds.NetworkInterface, names.NetworkInterfaceId), cancellationToken);
        await AzureResources.PutAsync(
            calls, names.NetworkInterfaceId, options.Location, AzureBodies.NetworkInterface(names.SubnetId, publicIpId),
            AzureTags.For(spec.Pool, spec.Name, AzureTags.RoleNetworkInterface, options.Tags), null, cancellationToken);

        progress.Report($"creating VM {names.VmName} ({options.VmSize}, {options.Image})");
        await journal.RecordAsync(new ResourceRef(AzureResourceKinds.VirtualMachine, names.VirtualMachineId), cancellationToken);
        await journal.RecordAsync(new ResourceRef(AzureResourceKinds.OsDisk, names.OsDiskId), cancellationToken);
        var data = AzureVirtualMachines.Data(names, options, key.PublicKey, customData, AzureTags.For(spec.Pool, spec.Name, AzureTags.RoleVirtualMachine, options.Tags));
        await calls.OperationAsync(
            "PUT Microsoft.Compute/virtualMachines",
            token => calls.Client.GetResourceGroupResource(new ResourceIdentifier(names.ResourceGroupId)).GetVirtualMachines().CreateOrUpdateAsync(WaitUntil.Started, names.VmName, data, token),
            cancellationToken);

        progress.Report("reading the VM's address");
        var privateAddress = AzureBodies.PrivateAddress((await AzureResources.GetAsync(calls, names.NetworkInterfaceId, cancellationToken))?.Properties);
        var address = options.PrivateAddressOnly
            ? privateAddress
            : AzureBodies.PublicAddress((await AzureResources.GetAsync(calls, names.PublicIpId, cancellationToken))?.Properties);
        if (string.IsNullOrEmpty(address))
        {
            throw new ProviderException(
                $"VM {names.VmName} is running but has no {(options.PrivateAddressOnly ? "private" : "public")} address yet. Run 'hostpool rm {spec.Name}' and create it again.");
        }

        return new MachineHandle
        {
            Ssh = new SshEndpoint(address, AzureBodies.SshPort, options.SshUser, home.ToRelative(keyFile)),
            PublicAddress = address,
            PrivateAddress = privateAddress,
            ProviderId = names.VirtualMachineId,
            Region = options.Location,
        };
    }
}

using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Compute;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.Azure;

/// <summary>
/// Docker hosts on Azure through Azure.ResourceManager (the VM with the typed Compute client, the network as generic
/// ARM resources): per host a VM, OS disk, network interface and public IP; per pool a network security group and a
/// virtual network in the pool's resource group. Every resource is tagged with pool and host.
/// </summary>
internal sealed class AzureDriver(HostPoolHome home, AzureServices services) : IHostDriver
{
    public const string DriverName = "azure";

    private readonly AzureCreate _create = new(home, services);
    private readonly AzureRemoval _removal = new(services);

    public string Name => DriverName;

    public DriverCapabilities Capabilities => DriverCapabilities.Lifecycle | DriverCapabilities.OwnsMachine | DriverCapabilities.AddressMayChange | DriverCapabilities.SetsHostname;

    public IReadOnlyList<DriverFlag> Flags => AzureFlags.All;

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        var options = AzureOptions.From(spec);
        if (options.Connection.CaCertificateFile is { } file)
        {
            AzureTrust.Load(file).Dispose();
        }

        return Task.CompletedTask;
    }

    public Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken) =>
        _create.CreateAsync(spec, journal, progress, cancellationToken);

    public async Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.ProviderId is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: "no VM was made");
        }

        var options = AzureOptions.Of(host);
        var calls = services.Connect(options.Connection);
        var view = await calls.RunOrMissingAsync(
            "GET Microsoft.Compute/virtualMachines/instanceView", async token => (await Vm(calls, host).InstanceViewAsync(token)).Value, cancellationToken);
        if (view is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: $"VM {host.ProviderId} does not exist");
        }

        var power = AzureVirtualMachines.PowerState(view);
        var state = power switch
        {
            "starting" => MachineState.Starting,
            "running" => MachineState.Running,
            "stopping" or "deallocating" => MachineState.Stopping,
            "stopped" or "deallocated" => MachineState.Stopped,
            _ => MachineState.Unknown,
        };
        var privateAddress = host.Resources.FirstOrDefault(r => r.Kind == AzureResourceKinds.NetworkInterface) is { } nic
            ? AzureBodies.PrivateAddress((await AzureResources.GetAsync(calls, nic.Id, cancellationToken))?.Properties)
            : null;
        var address = options.PrivateAddressOnly
            ? privateAddress
            : host.Resources.FirstOrDefault(r => r.Kind == AzureResourceKinds.PublicIp) is { } ip
                ? AzureBodies.PublicAddress((await AzureResources.GetAsync(calls, ip.Id, cancellationToken))?.Properties)
                : null;
        return new MachineStatus(state, address, privateAddress, power is null ? null : $"PowerState/{power}");
    }

    public Task StartAsync(HostRecord host, CancellationToken cancellationToken) =>
        RunAsync(host, "POST Microsoft.Compute/virtualMachines/start", (vm, token) => vm.PowerOnAsync(WaitUntil.Started, token), cancellationToken);

    /// <summary>Deallocates (stops billing; a dynamic IP is released) or, with --azure-stop-mode poweroff, powers off keeping the allocation.</summary>
    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) =>
        AzureOptions.Of(host).Deallocate
            ? RunAsync(host, "POST Microsoft.Compute/virtualMachines/deallocate", (vm, token) => vm.DeallocateAsync(WaitUntil.Started, null, token), cancellationToken)
            : RunAsync(host, "POST Microsoft.Compute/virtualMachines/powerOff", (vm, token) => vm.PowerOffAsync(WaitUntil.Started, false, token), cancellationToken);

    public Task RestartAsync(HostRecord host, CancellationToken cancellationToken) =>
        RunAsync(host, "POST Microsoft.Compute/virtualMachines/restart", (vm, token) => vm.RestartAsync(WaitUntil.Started, token), cancellationToken);

    /// <summary>Powers off at once, skipping the guest's shutdown.</summary>
    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) =>
        RunAsync(host, "POST Microsoft.Compute/virtualMachines/powerOff", (vm, token) => vm.PowerOffAsync(WaitUntil.Started, true, token), cancellationToken);

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken) => _removal.RemoveAsync(host, cancellationToken);

    private async Task RunAsync(HostRecord host, string action, Func<VirtualMachineResource, CancellationToken, Task<ArmOperation>> start, CancellationToken cancellationToken)
    {
        var calls = services.Connect(AzureOptions.Of(host).Connection);
        if (!await calls.OperationOrMissingAsync(action, token => start(Vm(calls, host), token), cancellationToken))
        {
            throw new NotFoundException($"VM {host.ProviderId} of host '{host.Name}' no longer exists in Azure; run 'hostpool rm {host.Name}' and create it again.");
        }
    }

    private static VirtualMachineResource Vm(AzureCalls calls, HostRecord host) =>
        calls.Client.GetVirtualMachineResource(new ResourceIdentifier(
            host.ProviderId ?? throw new ProviderException($"Host '{host.Name}' has no Azure VM on record; run 'hostpool rm {host.Name}' and create it again.")));
}

using Amazon.EC2.Model;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.Ec2;

/// <summary>
/// Docker hosts on AWS EC2 (or an EC2-compatible endpoint) through AWSSDK.EC2: one instance, one imported ed25519
/// key pair per host and one security group per pool, all tagged with pool and host at creation.
/// </summary>
internal sealed class Ec2Driver(HostPoolHome home, Ec2Services services) : IHostDriver
{
    public const string DriverName = "ec2";

    private readonly Ec2Create _create = new(home, services);
    private readonly Ec2Removal _removal = new(services);

    public string Name => DriverName;

    public DriverCapabilities Capabilities => DriverCapabilities.Lifecycle | DriverCapabilities.OwnsMachine | DriverCapabilities.AddressMayChange;

    public IReadOnlyList<DriverFlag> Flags => Ec2Flags.All;

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        var options = Ec2Options.From(spec);
        Ec2ClientFactory.Credentials(options.Connection);
        return Task.CompletedTask;
    }

    public Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken) =>
        _create.CreateAsync(spec, journal, progress, cancellationToken);

    public async Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.ProviderId is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: "no instance was made");
        }

        var calls = Connect(host);
        var response = await calls.RunOrMissingAsync(
            "DescribeInstances", (c, t) => c.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [host.ProviderId] }, t), cancellationToken);
        var instance = response?.Reservations?.SelectMany(r => r.Instances ?? []).FirstOrDefault();
        if (instance is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: $"instance {host.ProviderId} does not exist");
        }

        var privateOnly = host.DriverOptions.TryGetValue(Ec2Flags.PrivateAddressOnly, out var flag) && flag.Count > 0 && flag[^1] is "" or "true";
        var address = privateOnly ? instance.PrivateIpAddress : instance.PublicIpAddress;
        var state = instance.State?.Name?.Value switch
        {
            "pending" => MachineState.Starting,
            "running" => MachineState.Running,
            "stopping" or "shutting-down" => MachineState.Stopping,
            "stopped" => MachineState.Stopped,
            "terminated" => MachineState.NotFound,
            _ => MachineState.Unknown,
        };
        return new MachineStatus(state, address, instance.PrivateIpAddress, instance.StateReason?.Message);
    }

    public async Task StartAsync(HostRecord host, CancellationToken cancellationToken)
    {
        var calls = Connect(host);
        var id = InstanceId(host);
        await calls.RunAsync("StartInstances", (c, t) => c.StartInstancesAsync(new StartInstancesRequest { InstanceIds = [id] }, t), cancellationToken);
        await services.Waits.WaitAsync(calls, id, Ec2Waiter.InstanceRunning, cancellationToken);
    }

    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) => StopAsync(host, force: false, cancellationToken);

    public async Task RestartAsync(HostRecord host, CancellationToken cancellationToken)
    {
        var calls = Connect(host);
        var id = InstanceId(host);
        await calls.RunAsync("RebootInstances", (c, t) => c.RebootInstancesAsync(new RebootInstancesRequest { InstanceIds = [id] }, t), cancellationToken);
        await services.Waits.WaitAsync(calls, id, Ec2Waiter.InstanceRunning, cancellationToken);
    }

    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) => StopAsync(host, force: true, cancellationToken);

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken) => _removal.RemoveAsync(host, cancellationToken);

    private async Task StopAsync(HostRecord host, bool force, CancellationToken cancellationToken)
    {
        var calls = Connect(host);
        var id = InstanceId(host);
        await calls.RunAsync("StopInstances", (c, t) => c.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [id], Force = force }, t), cancellationToken);
        await services.Waits.WaitAsync(calls, id, Ec2Waiter.InstanceStopped, cancellationToken);
    }

    private Ec2Calls Connect(HostRecord host) => services.Connect(Ec2Options.ConnectionOf(host));

    private static string InstanceId(HostRecord host) =>
        host.ProviderId ?? throw new ProviderException($"Host '{host.Name}' has no EC2 instance on record; run 'hostpool rm {host.Name}' and create it again.");
}

using HostPool.CloudSim.Azure;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.DigitalOcean;
using HostPool.CloudSim.Ec2;
using HostPool.CloudSim.OpenStack;
using HostPool.Providers.Local;

namespace HostPool.CloudSim;

/// <summary>The simulators a command line asks for, each on its own port, sharing one machine backend.</summary>
public sealed class Simulators : IAsyncDisposable
{
    private Simulators(IMachineBackend backend, IReadOnlyList<SimServer> servers)
    {
        Backend = backend;
        Servers = servers;
    }

    public IMachineBackend Backend { get; }

    public IReadOnlyList<SimServer> Servers { get; }

    public static async Task<Simulators> StartAsync(SimCommandLine commandLine, CancellationToken cancellationToken)
    {
        var localOptions = new Dictionary<string, IReadOnlyList<string>>();
        if (commandLine.LocalBridge is { } bridge)
        {
            localOptions[LocalFlags.Bridge] = [bridge];
        }

        if (commandLine.LocalSubnet is { } subnet)
        {
            localOptions[LocalFlags.Subnet] = [subnet];
        }

        var backend = MachineBackends.Create(commandLine.Backend, TimeProvider.System, localOptions: localOptions);
        var servers = new List<SimServer>();
        foreach (var (provider, port) in commandLine.Ports)
        {
            ICloudSimulator simulator = provider switch
            {
                "ec2" => new Ec2Simulator(new Ec2SimOptions { TransitionTime = commandLine.TransitionTime }, backend, TimeProvider.System),
                "digitalocean" => new DoSimulator(new DoSimOptions { TransitionTime = commandLine.TransitionTime }, backend, TimeProvider.System),
                "openstack" => new OsSimulator(new OsSimOptions { TransitionTime = commandLine.TransitionTime, TokenLifetime = commandLine.TokenLifetime }, backend, TimeProvider.System),
                "azure" => new AzureSimulator(new AzureSimOptions { TransitionTime = commandLine.TransitionTime }, backend, TimeProvider.System),
                _ => throw new ArgumentException($"The {provider} simulator is not part of this build yet; use --ec2, --digitalocean, --openstack or --azure PORT."),
            };
            servers.Add(await SimServer.StartAsync(simulator, port, cancellationToken, (simulator as AzureSimulator)?.Certificate));
        }

        return new Simulators(backend, servers);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }

        if (Backend is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}

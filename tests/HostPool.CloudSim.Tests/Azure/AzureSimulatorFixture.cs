using HostPool.CloudSim.Azure;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>An Azure simulator on a free loopback port (https, its own certificate) with the address-only backend and short transitions.</summary>
public sealed class AzureSimulatorFixture : IAsyncLifetime
{
    public const string ClientId = "11111111-1111-1111-1111-111111111111";
    public const string ClientSecret = "simulator-client-secret";

    private SimServer? _server;
    private AzureSimulator? _simulator;

    internal IMachineBackend Backend { get; } = new AddressOnlyBackend();

    public SimServer Server => _server ?? throw new InvalidOperationException("The simulator has not started.");

    public AzureSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    public async ValueTask InitializeAsync()
    {
        (_simulator, _server) = await StartAsync(Backend, TimeSpan.FromMilliseconds(100));
    }

    public static async Task<(AzureSimulator Simulator, SimServer Server)> StartAsync(IMachineBackend backend, TimeSpan transition)
    {
        // The driver's remove and gc read the secret from the environment, as a user's shell would provide it.
        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", ClientSecret);
        var simulator = new AzureSimulator(
            new AzureSimOptions { TransitionTime = transition, RetryAfterSeconds = 0, ClientSecret = ClientSecret },
            backend,
            TimeProvider.System,
            Path.Combine(Path.GetTempPath(), "hostpool-azure-tests"));
        var server = await SimServer.StartAsync(simulator, 0, CancellationToken.None, simulator.Certificate);
        return (simulator, server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}

using HostPool.CloudSim.Common;
using HostPool.CloudSim.Ec2;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>An EC2 simulator on a free loopback port with the address-only backend and short transitions.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public const string AccessKey = "AKIDSIMULATOR0000001";
    public const string SecretKey = "simulator-secret-key";

    private SimServer? _server;

    internal IMachineBackend Backend { get; private set; } = new AddressOnlyBackend();

    public SimServer Server => _server ?? throw new InvalidOperationException("The simulator has not started.");

    public Uri Endpoint => Server.Endpoint;

    public async ValueTask InitializeAsync()
    {
        // The driver's remove and gc resolve credentials from the standard chain, as a user's shell would provide them.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", SecretKey);
        var simulator = new Ec2Simulator(new Ec2SimOptions { TransitionTime = TimeSpan.FromMilliseconds(100) }, Backend, TimeProvider.System);
        _server = await SimServer.StartAsync(simulator, 0, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

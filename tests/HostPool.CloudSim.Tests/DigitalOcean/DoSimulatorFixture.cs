using HostPool.CloudSim.Common;
using HostPool.CloudSim.DigitalOcean;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>A DigitalOcean simulator on a free loopback port with the address-only backend, short transitions and room for many requests.</summary>
public sealed class DoSimulatorFixture : IAsyncLifetime
{
    public const string Token = "dop_v1_simulator000000000000000000000000000000000000000000000000";

    private SimServer? _server;

    public SimServer Server => _server ?? throw new InvalidOperationException("The simulator has not started.");

    public Uri Endpoint => Server.Endpoint;

    public async ValueTask InitializeAsync()
    {
        // rm and gc take the token from the environment, as a user's shell provides it.
        Environment.SetEnvironmentVariable("DIGITALOCEAN_ACCESS_TOKEN", Token);
        var options = new DoSimOptions { TransitionTime = TimeSpan.FromMilliseconds(100), RequestsPerHour = 1_000_000, RequestsPerMinute = 1_000_000 };
        _server = await SimServer.StartAsync(new DoSimulator(options, new AddressOnlyBackend(), TimeProvider.System), 0, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

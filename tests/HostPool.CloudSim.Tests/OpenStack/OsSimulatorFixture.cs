using HostPool.CloudSim.Common;
using HostPool.CloudSim.OpenStack;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>An OpenStack simulator on a free loopback port with the address-only backend and short transitions.</summary>
public sealed class OsSimulatorFixture : IAsyncLifetime
{
    private SimServer? _server;

    public SimServer Server => _server ?? throw new InvalidOperationException("The simulator has not started.");

    internal OsSimulator Simulator => (OsSimulator)Server.Simulator;

    public Uri Endpoint => Server.Endpoint;

    /// <summary>Sets a fault plan until the returned scope is disposed (then no faults again).</summary>
    public IDisposable WithFaults(FaultPlan plan)
    {
        Server.Simulator.Faults.Set(plan);
        return new FaultScope(Server.Simulator.Faults);
    }

    public async ValueTask InitializeAsync()
    {
        _server = await OsHarness.StartAsync(new OsSimOptions { TransitionTime = TimeSpan.FromMilliseconds(100) }, new AddressOnlyBackend(), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed class FaultScope(FaultInjector faults) : IDisposable
    {
        public void Dispose() => faults.Set(FaultPlan.None);
    }
}

using HostPool.CloudSim.Azure;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Azure;
using HostPool.Providers.Drivers;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>The azure driver and gc pointed at a simulator (ARM and authority at its endpoint, its CA trusted), with a temporary home, a memory store and short waits.</summary>
internal sealed class AzureHarness : DriverHarness
{
    public AzureHarness(SimServer server, AzureSimulator simulator, int seed = 1)
        : base("hostpool-azure-tests")
    {
        Endpoint = server.Endpoint;
        Simulator = simulator;
        var options = new AzureDriverOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(100),
            PollInterval = TimeSpan.FromMilliseconds(20),
            OperationTimeout = TimeSpan.FromSeconds(60),
            JitterSeed = seed,
        };
        Services = new AzureServices(new AzureClientFactory(options), options, TimeProvider.System);
        Driver = new AzureDriver(Home, Services);
        Gc = new AzureGarbageCollector(Store, Services);
    }

    public Uri Endpoint { get; }

    public AzureSimulator Simulator { get; }

    internal AzureServices Services { get; }

    internal AzureDriver Driver { get; }

    internal AzureGarbageCollector Gc { get; }

    internal override IHostDriver HostDriver => Driver;

    /// <summary>The flags gc and every host use to reach the simulator (the secret comes from AZURE_CLIENT_SECRET).</summary>
    public Dictionary<string, IReadOnlyList<string>> ConnectionFlags => new(StringComparer.Ordinal)
    {
        [AzureFlags.SubscriptionId] = [Simulator.Options.SubscriptionId],
        [AzureFlags.TenantId] = [Simulator.Options.TenantId],
        [AzureFlags.ClientId] = [AzureSimulatorFixture.ClientId],
        [AzureFlags.ArmEndpoint] = [Endpoint.ToString()],
        [AzureFlags.AuthorityHost] = [Endpoint.ToString()],
        [AzureFlags.CaCert] = [Simulator.CaCertificateFile],
    };

    public AzureConnection Connection => Gc.Connection(name => ConnectionFlags.TryGetValue(name, out var v) ? v[0] : null);

    protected override Dictionary<string, IReadOnlyList<string>> SpecOptions()
    {
        var options = ConnectionFlags;
        options[AzureFlags.SshUser] = ["root"];
        return options;
    }
}

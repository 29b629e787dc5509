using HostPool.CloudSim.Azure;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers;
using HostPool.Providers.Azure;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>The azure driver and gc pointed at a simulator (ARM and authority at its endpoint, its CA trusted), with a temporary home, a memory store and short waits.</summary>
internal sealed class AzureHarness : IDisposable
{
    public AzureHarness(SimServer server, AzureSimulator simulator, int seed = 1)
    {
        Endpoint = server.Endpoint;
        Simulator = simulator;
        Home = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-azure-tests", Guid.NewGuid().ToString("n")));
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

    public HostPoolHome Home { get; }

    public MemoryHostStore Store { get; } = new();

    internal AzureServices Services { get; }

    internal AzureDriver Driver { get; }

    internal AzureGarbageCollector Gc { get; }

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

    public HostSpec Spec(string name, string pool, params (string Flag, string Value)[] flags)
    {
        var options = ConnectionFlags;
        options[AzureFlags.SshUser] = ["root"];
        foreach (var (flag, value) in flags)
        {
            options[flag] = [value];
        }

        return new HostSpec { Name = name, Pool = pool, Driver = AzureDriver.DriverName, DriverOptions = options };
    }

    /// <summary>Adds the Creating record and runs the driver's create against it, journaling into the store.</summary>
    public async Task<(Providers.Drivers.MachineHandle Handle, HostRecord Record)> CreateAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        await Store.AddAsync(NewRecord(spec), cancellationToken);
        var handle = await Driver.CreateAsync(spec, new StoreJournal(Store, spec.Name), new Progress<string>(), cancellationToken);
        var record = await Store.UpdateAsync(spec.Name, h => h with { State = HostState.Running, ProviderId = handle.ProviderId, PublicAddress = handle.PublicAddress, Ssh = handle.Ssh }, CancellationToken.None);
        return (handle, record);
    }

    /// <summary>Removes the host's resources and its record, as `rm` and rollback do.</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var record = await Store.FindAsync(name, cancellationToken) ?? throw new InvalidOperationException($"no record {name}");
        await Driver.RemoveAsync(record, cancellationToken);
        await Store.DeleteAsync(name, cancellationToken);
    }

    public static HostRecord NewRecord(HostSpec spec) => new()
    {
        Name = spec.Name,
        Pool = spec.Pool,
        Driver = AzureDriver.DriverName,
        DriverOptions = spec.DriverOptions,
    };

    public void Dispose()
    {
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

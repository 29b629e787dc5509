using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers;
using HostPool.Providers.DigitalOcean;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>The digitalocean driver and gc pointed at a simulator, with a temporary home, a memory store and short waits.</summary>
internal sealed class DoHarness : IDisposable
{
    public DoHarness(Uri endpoint, int seed = 1)
    {
        Endpoint = endpoint;
        Home = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-do-tests", Guid.NewGuid().ToString("n")));
        var options = new DigitalOceanDriverOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(100),
            WaitInterval = TimeSpan.FromMilliseconds(50),
            WaitAttempts = 200,
            JitterSeed = seed,
        };
        Services = new DigitalOceanServices(DigitalOceanServices.NewHttpClient(options), options, TimeProvider.System);
        Driver = new DigitalOceanDriver(Home, Services);
        Gc = new DigitalOceanGarbageCollector(Store, Services);
    }

    public Uri Endpoint { get; }

    public HostPoolHome Home { get; }

    public MemoryHostStore Store { get; } = new();

    internal DigitalOceanServices Services { get; }

    internal DigitalOceanDriver Driver { get; }

    internal DigitalOceanGarbageCollector Gc { get; }

    public DigitalOceanConnection Connection => new(Endpoint, DoSimulatorFixture.Token);

    public HostSpec Spec(string name, string pool, params (string Flag, string Value)[] flags)
    {
        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [DigitalOceanFlags.ApiUrl] = [Endpoint.ToString()],
            [DigitalOceanFlags.AccessToken] = [DoSimulatorFixture.Token],
        };
        foreach (var (flag, value) in flags)
        {
            options[flag] = [value];
        }

        return new HostSpec { Name = name, Pool = pool, Driver = "digitalocean", DriverOptions = options };
    }

    /// <summary>Adds the Creating record (without the secret token, as the host creator stores it) and runs the driver's create.</summary>
    public async Task<(Providers.Drivers.MachineHandle Handle, HostRecord Record)> CreateAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        await Store.AddAsync(NewRecord(spec), cancellationToken);
        var handle = await Driver.CreateAsync(spec, new StoreJournal(Store, spec.Name), new Progress<string>(), cancellationToken);
        var record = await Store.UpdateAsync(spec.Name, h => h with { State = HostState.Running, ProviderId = handle.ProviderId, PublicAddress = handle.PublicAddress, Ssh = handle.Ssh }, CancellationToken.None);
        return (handle, record);
    }

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
        Driver = "digitalocean",
        DriverOptions = spec.DriverOptions.Where(o => o.Key != DigitalOceanFlags.AccessToken).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
    };

    /// <summary>Live resources of this pool: droplets tagged with it, keys and firewalls named for it.</summary>
    public static IReadOnlyList<LiveResource> PoolLeaks(SimServer server, string pool) =>
        [.. server.Simulator.LiveResources().Where(r =>
            r.Tags.GetValueOrDefault("hostpool-pool") == pool
            || r.Tags.GetValueOrDefault("name") == $"hostpool-{pool}"
            || (r.Tags.GetValueOrDefault("name")?.StartsWith($"hostpool/{pool}/", StringComparison.Ordinal) ?? false))];

    public static string Describe(IEnumerable<LiveResource> resources) => string.Join(", ", resources.Select(r => $"{r.Kind} {r.Id} {r.State}"));

    public void Dispose()
    {
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

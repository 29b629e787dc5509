using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.DigitalOcean;
using HostPool.Providers.Drivers;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>The digitalocean driver and gc pointed at a simulator, with a temporary home, a memory store and short waits.</summary>
internal sealed class DoHarness : DriverHarness
{
    public DoHarness(Uri endpoint, int seed = 1)
        : base("hostpool-do-tests")
    {
        Endpoint = endpoint;
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

    internal DigitalOceanServices Services { get; }

    internal DigitalOceanDriver Driver { get; }

    internal DigitalOceanGarbageCollector Gc { get; }

    internal override IHostDriver HostDriver => Driver;

    public DigitalOceanConnection Connection => new(Endpoint, DoSimulatorFixture.Token);

    /// <summary>Live resources of this pool: droplets tagged with it, keys and firewalls named for it.</summary>
    public static IReadOnlyList<LiveResource> PoolLeaks(SimServer server, string pool) =>
        [.. server.Simulator.LiveResources().Where(r =>
            r.Tags.GetValueOrDefault("hostpool-pool") == pool
            || r.Tags.GetValueOrDefault("name") == $"hostpool-{pool}"
            || (r.Tags.GetValueOrDefault("name")?.StartsWith($"hostpool/{pool}/", StringComparison.Ordinal) ?? false))];


    protected override Dictionary<string, IReadOnlyList<string>> SpecOptions() => new(StringComparer.Ordinal)
    {
        [DigitalOceanFlags.ApiUrl] = [Endpoint.ToString()],
        [DigitalOceanFlags.AccessToken] = [DoSimulatorFixture.Token],
    };
}

using HostPool.CloudSim.Common;
using HostPool.CloudSim.OpenStack;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Drivers;
using HostPool.Providers.OpenStack;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The openstack driver and gc pointed at a simulator's Keystone, with a temporary home, a memory store and short waits.</summary>
internal sealed class OsHarness : DriverHarness
{
    public OsHarness(Uri endpoint, int seed = 1, TimeProvider? time = null)
        : base("hostpool-os-tests")
    {
        Endpoint = endpoint;
        var options = new OpenStackDriverOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(100),
            WaitInterval = TimeSpan.FromMilliseconds(50),
            WaitAttempts = 200,
            JitterSeed = seed,
        };
        Services = new OpenStackServices(OpenStackServices.NewHttpClient(options), options, time ?? TimeProvider.System);
        Driver = new OpenStackDriver(Home, Services);
        Gc = new OpenStackGarbageCollector(Store, Services);
    }

    public Uri Endpoint { get; }

    internal OpenStackServices Services { get; }

    internal OpenStackDriver Driver { get; }

    internal OpenStackGarbageCollector Gc { get; }

    internal override IHostDriver HostDriver => Driver;

    public Uri AuthUrl => new(Endpoint, "identity/v3");

    /// <summary>An external network every spec takes a floating IP from (none by default).</summary>
    public string? FloatingIpPool { get; init; }

    /// <summary>The credentials gc scans with (the password comes from OS_PASSWORD, as for stored hosts).</summary>
    public OpenStackCredentials Credentials => OpenStackOptions.CredentialsFrom(name => SpecOptions().TryGetValue(name, out var v) ? v[0] : null);

    /// <summary>Starts a simulator; remove and gc of stored hosts take the password from OS_PASSWORD, as a user's shell provides it.</summary>
    public static Task<SimServer> StartAsync(OsSimOptions options, IMachineBackend backend, CancellationToken cancellationToken)
    {
        Environment.SetEnvironmentVariable("OS_PASSWORD", options.Password);
        return SimServer.StartAsync(new OsSimulator(options, backend, TimeProvider.System), 0, cancellationToken);
    }

    /// <summary>Live resources of this pool: servers, groups and floating IPs tagged with it, key pairs and groups named for it.</summary>
    public static IReadOnlyList<LiveResource> PoolLeaks(SimServer server, string pool) =>
        [.. server.Simulator.LiveResources().Where(r =>
            r.Tags.GetValueOrDefault("hostpool-pool") == pool
            || r.Tags.GetValueOrDefault("name") == $"hostpool-{pool}"
            || (r.Tags.GetValueOrDefault("name")?.StartsWith($"hostpool.{pool}.", StringComparison.Ordinal) ?? false))];

    protected override Dictionary<string, IReadOnlyList<string>> SpecOptions()
    {
        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [OpenStackFlags.AuthUrl] = [AuthUrl.ToString()],
            [OpenStackFlags.Username] = ["hostpool"],
            [OpenStackFlags.Password] = ["simulator-password"],
            [OpenStackFlags.ProjectName] = ["hostpool"],
            [OpenStackFlags.SshUser] = ["root"],
        };
        if (FloatingIpPool is not null)
        {
            options[OpenStackFlags.FloatingIpPool] = [FloatingIpPool];
        }

        return options;
    }
}

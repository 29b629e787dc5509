using HostPool.Providers.Drivers;
using HostPool.Providers.Ec2;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>The ec2 driver and gc pointed at a simulator, with a temporary home, a memory store and short waits.</summary>
internal sealed class Ec2Harness : DriverHarness
{
    public Ec2Harness(Uri endpoint, int seed = 1)
        : base("hostpool-ec2-tests")
    {
        Endpoint = endpoint;
        var options = new Ec2DriverOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(100),
            WaitInterval = TimeSpan.FromMilliseconds(50),
            WaitAttempts = 200,
            JitterSeed = seed,
        };
        Services = new Ec2Services(new Ec2ClientFactory(options), options, TimeProvider.System);
        Driver = new Ec2Driver(Home, Services);
        Gc = new Ec2GarbageCollector(Store, Services);
    }

    public Uri Endpoint { get; }

    internal Ec2Services Services { get; }

    internal Ec2Driver Driver { get; }

    internal Ec2GarbageCollector Gc { get; }

    internal override IHostDriver HostDriver => Driver;

    public Ec2Connection Connection => new("us-east-1") { Endpoint = Endpoint };

    protected override Dictionary<string, IReadOnlyList<string>> SpecOptions() => new(StringComparer.Ordinal)
    {
        [Ec2Flags.Endpoint] = [Endpoint.ToString()],
        [Ec2Flags.SshUser] = ["root"],
    };
}

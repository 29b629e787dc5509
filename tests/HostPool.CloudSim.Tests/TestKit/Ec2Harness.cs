using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Ec2;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>The ec2 driver and gc pointed at a simulator, with a temporary home, a memory store and short waits.</summary>
internal sealed class Ec2Harness : IDisposable
{
    public Ec2Harness(Uri endpoint, int seed = 1)
    {
        Endpoint = endpoint;
        Home = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-ec2-tests", Guid.NewGuid().ToString("n")));
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

    public HostPoolHome Home { get; }

    public MemoryHostStore Store { get; } = new();

    internal Ec2Services Services { get; }

    internal Ec2Driver Driver { get; }

    internal Ec2GarbageCollector Gc { get; }

    public Ec2Connection Connection => new("us-east-1") { Endpoint = Endpoint };

    public HostSpec Spec(string name, string pool, params (string Flag, string Value)[] flags)
    {
        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Ec2Flags.Endpoint] = [Endpoint.ToString()],
            [Ec2Flags.SshUser] = ["root"],
        };
        foreach (var (flag, value) in flags)
        {
            options[flag] = [value];
        }

        return new HostSpec { Name = name, Pool = pool, Driver = "ec2", DriverOptions = options };
    }

    /// <summary>Adds the Creating record and runs the driver's create against it, journaling into the store.</summary>
    public async Task<(MachineHandle Handle, HostRecord Record)> CreateAsync(HostSpec spec, CancellationToken cancellationToken)
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
        Driver = "ec2",
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

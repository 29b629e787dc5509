using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Local;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Integration.Tests.Support;

/// <summary>
/// One test's own world for local hosts: a temporary HOSTPOOL_HOME, its own bridge and its own /24, so that
/// tests and test runs never meet. Disposing removes every host it made and the home.
/// </summary>
public sealed class LocalTestBed : IAsyncDisposable
{
    private static int _counter;
    private readonly List<HostRecord> _hosts = [];

    public LocalTestBed()
    {
        var slot = (Environment.ProcessId * 31 + Interlocked.Increment(ref _counter)) % 250;
        Bridge = $"hpt{Environment.ProcessId % 10000}x{slot}";
        Subnet = $"10.214.{slot}.0/24";
        Home = new HostPoolHome(Directory.CreateTempSubdirectory("hp-local-").FullName);
        Driver = new LocalDriver(Home, TimeProvider.System, LocalDriverFactory.StateDirectory);
        Pins = new HostKeyPinFile(Home);
        Connector = new SshConnector(Home, Pins, new SshWaitOptions { Timeout = TimeSpan.FromSeconds(30), RetryDelay = TimeSpan.FromMilliseconds(100) }, TimeProvider.System);
    }

    public HostPoolHome Home { get; }

    public string Bridge { get; }

    public string Subnet { get; }

    internal LocalDriver Driver { get; }

    public IHostKeyPins Pins { get; }

    public ISshConnector Connector { get; }

    public HostSpec Spec(string name) => new()
    {
        Name = name,
        Driver = "local",
        DriverOptions = new Dictionary<string, IReadOnlyList<string>>
        {
            [LocalFlags.Bridge] = [Bridge],
            [LocalFlags.Subnet] = [Subnet],
        },
    };

    /// <summary>Creates a host and keeps its record for removal at the end.</summary>
    public async Task<HostRecord> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var journal = new RecordingJournal();
        try
        {
            var handle = await Driver.CreateAsync(Spec(name), journal, new Progress<string>(), cancellationToken);
            return Track(RecordOf(name, journal, handle));
        }
        catch
        {
            Track(RecordOf(name, journal, handle: null));
            throw;
        }
    }

    public HostRecord Track(HostRecord host)
    {
        lock (_hosts)
        {
            _hosts.Add(host);
        }

        return host;
    }

    public static HostRecord RecordOf(string name, RecordingJournal journal, MachineHandle? handle) => new()
    {
        Name = name,
        Pool = "default",
        Driver = "local",
        Ssh = handle?.Ssh,
        PublicAddress = handle?.PublicAddress,
        ProviderId = handle?.ProviderId,
        Resources = journal.Resources,
        ProviderData = journal.ProviderData,
        DeclaredCapacity = handle?.DeclaredCapacity,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await Driver.RemoveAsync(host, CancellationToken.None);
        }

        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

using HostPool.Providers.Drivers;
using HostPool.Providers.Hosts;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HostPool.Providers.Tests.Hosts.Fakes;

/// <summary>A temporary home with the real store and host services, over a fake driver and provisioner.</summary>
internal sealed class HostsTestContext : IDisposable
{
    private readonly ServiceProvider _services;

    public HostsTestContext(FakeDriver? driver = null)
    {
        Home = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-test-" + Guid.NewGuid().ToString("N")));
        Driver = driver ?? new FakeDriver();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)))
            .AddSingleton<IProvisioner>(Provisioner)
            .AddHostPoolProviders(Home)
            .AddSingleton<IHostDriver>(Driver)
            .BuildServiceProvider();
    }

    public HostPoolHome Home { get; }

    public FakeDriver Driver { get; }

    public FakeProvisioner Provisioner { get; } = new();

    public IServiceProvider Services => _services;

    public IHostStore Store => _services.GetRequiredService<IHostStore>();

    public IHostCreator Creator => _services.GetRequiredService<IHostCreator>();

    public IHostRemover Remover => _services.GetRequiredService<IHostRemover>();

    public IHostLifecycle Lifecycle => _services.GetRequiredService<IHostLifecycle>();

    public IHostGarbageCollector Collector => _services.GetRequiredService<IHostGarbageCollector>();

    /// <summary>A second store on the same file, as another hostpool process would open it.</summary>
    public IHostStore OpenAnotherStore() => new SqliteHostStore(new SqliteDatabase(Home));

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>
/// A cloud driver pointed at a simulator with a temporary home and a memory store: creates journal into the store as
/// the host creator does (the record keeps no secret flag), removes delete the resources and the record as `rm` does.
/// </summary>
internal abstract class DriverHarness(string folder) : IDisposable
{
    public HostPoolHome Home { get; } = new(Path.Combine(Path.GetTempPath(), folder, Guid.NewGuid().ToString("n")));

    public MemoryHostStore Store { get; } = new();

    /// <summary>The driver under test.</summary>
    internal abstract IHostDriver HostDriver { get; }

    /// <summary>The flags every host spec starts with (endpoint, credentials, SSH user).</summary>
    protected abstract Dictionary<string, IReadOnlyList<string>> SpecOptions();

    public HostSpec Spec(string name, string pool, params (string Flag, string Value)[] flags)
    {
        var options = SpecOptions();
        foreach (var (flag, value) in flags)
        {
            options[flag] = [value];
        }

        return new HostSpec { Name = name, Pool = pool, Driver = HostDriver.Name, DriverOptions = options };
    }

    /// <summary>The Creating record the host creator adds first: the spec's flags without the secret ones.</summary>
    public HostRecord NewRecord(HostSpec spec) => new()
    {
        Name = spec.Name,
        Pool = spec.Pool,
        Driver = HostDriver.Name,
        DriverOptions = spec.DriverOptions.Where(o => !HostDriver.Flags.Any(f => f.IsSecret && f.Name == o.Key)).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
    };

    /// <summary>Adds the Creating record and runs the driver's create against it, journaling into the store.</summary>
    public async Task<(MachineHandle Handle, HostRecord Record)> CreateAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        await Store.AddAsync(NewRecord(spec), cancellationToken);
        var handle = await HostDriver.CreateAsync(spec, new StoreJournal(Store, spec.Name), new Progress<string>(), cancellationToken);
        var record = await Store.UpdateAsync(spec.Name, h => h with { State = HostState.Running, ProviderId = handle.ProviderId, PublicAddress = handle.PublicAddress, Ssh = handle.Ssh }, CancellationToken.None);
        return (handle, record);
    }

    /// <summary>Removes the host's resources and its record, as `rm` and rollback do.</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var record = await Store.FindAsync(name, cancellationToken) ?? throw new InvalidOperationException($"no record {name}");
        await HostDriver.RemoveAsync(record, cancellationToken);
        await Store.DeleteAsync(name, cancellationToken);
    }

    public void Dispose()
    {
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

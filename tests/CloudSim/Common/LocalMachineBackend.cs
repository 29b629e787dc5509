using System.Collections.Concurrent;
using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Common;

/// <summary>
/// Machines that are real local hosts, made by the local driver in the simulator's own home: each is a set of
/// Linux namespaces with its own sshd and address on the local bridge. The imported key is authorised for root
/// beside the local driver's own key: local hosts share this machine's /etc, so no other user is created, and
/// every simulated image logs in as root. Needs root, like the local driver.
/// </summary>
internal sealed class LocalMachineBackend(HostPoolHome home, IHostDriver local) : IMachineBackend, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (SimMachine Machine, HostRecord Record)> _machines = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _preflight = new(1, 1);
    private bool _checked;

    public string Name => "local";

    /// <summary>The local driver's flags for every machine made here.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DriverOptions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<SimMachine> Machines => [.. _machines.Values.Select(m => m.Machine)];

    public async Task<SimMachine> CreateAsync(MachineRequest request, CancellationToken cancellationToken)
    {
        var spec = new HostSpec { Name = request.Name, Driver = local.Name, Pool = "cloudsim", DriverOptions = DriverOptions };
        await PreflightAsync(spec, cancellationToken);
        var journal = new MemoryJournal(request.Name);
        try
        {
            var handle = await local.CreateAsync(spec, journal, new Progress<string>(), cancellationToken);
            await AuthorizeAsync(request, cancellationToken);
            var machine = new SimMachine(request.Name, handle.PublicAddress, handle.Ssh.User);
            _machines[request.Name] = (machine, journal.Record(handle));
            return machine;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await local.RemoveAsync(journal.Record(null), CancellationToken.None);
            DeleteFolder(request.Name);
            throw;
        }
    }

    public async Task<SimMachine> StartAsync(SimMachine machine, CancellationToken cancellationToken)
    {
        await local.StartAsync(Record(machine), cancellationToken);
        return machine;
    }

    public Task StopAsync(SimMachine machine, CancellationToken cancellationToken) => local.StopAsync(Record(machine), cancellationToken);

    public async Task TerminateAsync(SimMachine machine, CancellationToken cancellationToken)
    {
        if (_machines.TryGetValue(machine.Id, out var entry))
        {
            await local.RemoveAsync(entry.Record, cancellationToken);
            DeleteFolder(machine.Id);
            _machines.TryRemove(machine.Id, out _);
        }
    }

    /// <summary>Removes every machine still held, so stopping the simulator leaves nothing running on this machine.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var (machine, _) in _machines.Values)
        {
            await TerminateAsync(machine, CancellationToken.None);
        }
    }

    private async Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        await _preflight.WaitAsync(cancellationToken);
        try
        {
            if (!_checked)
            {
                await local.PreflightAsync(spec, cancellationToken);
                _checked = true;
            }
        }
        finally
        {
            _preflight.Release();
        }
    }

    /// <summary>Adds the imported key to the host's authorized_keys (the local host's sshd reads it at each login).</summary>
    private async Task AuthorizeAsync(MachineRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.AuthorizedKey))
        {
            return;
        }

        var file = Path.Combine(home.MachineDirectory(request.Name), "local", "ssh", "authorized_keys");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"The local host {request.Name} has no authorized_keys at {file}; the local driver's layout changed.");
        }

        await File.AppendAllTextAsync(file, request.AuthorizedKey.Trim() + "\n", cancellationToken);
    }

    private HostRecord Record(SimMachine machine) =>
        _machines.TryGetValue(machine.Id, out var entry) ? entry.Record : throw new InvalidOperationException($"No local machine {machine.Id}.");

    private void DeleteFolder(string name)
    {
        var folder = home.MachineDirectory(name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Collections.Concurrent;

namespace HostPool.CloudSim.Common;

/// <summary>
/// A backend that starts nothing: each machine is only a loopback address (127.77.x.y), so the control plane
/// can be exercised without root. Nothing listens on these addresses; use the local backend for hosts that answer.
/// </summary>
internal sealed class AddressOnlyBackend : IMachineBackend
{
    private readonly ConcurrentDictionary<string, SimMachine> _machines = new(StringComparer.Ordinal);
    private int _next;

    public string Name => "address-only";

    public IReadOnlyList<SimMachine> Machines => [.. _machines.Values];

    public Task<SimMachine> CreateAsync(MachineRequest request, CancellationToken cancellationToken)
    {
        var machine = new SimMachine(request.Name, NextAddress(), request.SshUser);
        _machines[machine.Id] = machine;
        return Task.FromResult(machine);
    }

    public Task<SimMachine> StartAsync(SimMachine machine, CancellationToken cancellationToken)
    {
        var started = machine with { Address = NextAddress() };
        _machines[machine.Id] = started;
        return Task.FromResult(started);
    }

    public Task StopAsync(SimMachine machine, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TerminateAsync(SimMachine machine, CancellationToken cancellationToken)
    {
        _machines.TryRemove(machine.Id, out _);
        return Task.CompletedTask;
    }

    private string NextAddress()
    {
        var n = Interlocked.Increment(ref _next);
        return $"127.77.{(n / 250) % 250}.{(n % 250) + 1}";
    }
}

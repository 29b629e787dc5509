namespace HostPool.CloudSim.Common;

/// <summary>
/// What stands behind a simulated instance, droplet, server or VM: a machine that a client can log in to
/// with the key it imported. Every simulator shares one backend, so all of them yield real hosts.
/// </summary>
public interface IMachineBackend
{
    /// <summary>A short name shown at start and in leak reports ("local", "address-only").</summary>
    string Name { get; }

    /// <summary>Makes a machine whose <see cref="MachineRequest.SshUser"/> accepts <see cref="MachineRequest.AuthorizedKey"/>.</summary>
    Task<SimMachine> CreateAsync(MachineRequest request, CancellationToken cancellationToken);

    /// <summary>Starts a stopped machine; its address may differ from before.</summary>
    Task<SimMachine> StartAsync(SimMachine machine, CancellationToken cancellationToken);

    Task StopAsync(SimMachine machine, CancellationToken cancellationToken);

    /// <summary>Destroys the machine; a machine already gone counts as destroyed.</summary>
    Task TerminateAsync(SimMachine machine, CancellationToken cancellationToken);

    /// <summary>The machines this backend holds now (for the leak report).</summary>
    IReadOnlyList<SimMachine> Machines { get; }
}

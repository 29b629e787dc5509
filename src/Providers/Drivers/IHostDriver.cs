using HostPool.Providers.Model;

namespace HostPool.Providers.Drivers;

/// <summary>
/// The seam every provider implements (local, generic, ec2, azure, openstack, digitalocean).
/// Every I/O method takes a CancellationToken. Each cloud SDK stays behind its own driver.
/// </summary>
public interface IHostDriver
{
    /// <summary>The name used with --driver.</summary>
    string Name { get; }

    DriverCapabilities Capabilities { get; }

    /// <summary>The driver's own flags (e.g. --local-cpus); the CLI exposes them on `create`.</summary>
    IReadOnlyList<DriverFlag> Flags { get; }

    /// <summary>Checks flags, credentials and the environment before anything is made; throws with what to fix.</summary>
    Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the machine and returns how to reach it over SSH. Every resource is passed to
    /// <paramref name="journal"/> the moment it exists, so a failure at any point can be rolled back
    /// by <see cref="RemoveAsync"/> on the journaled record.
    /// </summary>
    Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken);

    Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken);

    Task StartAsync(HostRecord host, CancellationToken cancellationToken);

    Task StopAsync(HostRecord host, CancellationToken cancellationToken);

    Task RestartAsync(HostRecord host, CancellationToken cancellationToken);

    Task KillAsync(HostRecord host, CancellationToken cancellationToken);

    /// <summary>
    /// Removes every resource in the host's journal, in reverse order. A resource that is already gone
    /// counts as removed (not-found is success), so remove is safe to repeat and serves as rollback.
    /// </summary>
    Task RemoveAsync(HostRecord host, CancellationToken cancellationToken);
}

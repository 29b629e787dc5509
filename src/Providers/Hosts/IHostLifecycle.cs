using HostPool.Providers.Model;

namespace HostPool.Providers.Hosts;

/// <summary>Power and provisioning operations on existing hosts.</summary>
public interface IHostLifecycle
{
    /// <summary>Starts the machine, follows an address change (record and certificates) and makes sure the engine runs.</summary>
    Task<HostRecord> StartAsync(string name, IProgress<HostProgress> progress, CancellationToken cancellationToken);

    Task<HostRecord> StopAsync(string name, CancellationToken cancellationToken);

    Task<HostRecord> RestartAsync(string name, IProgress<HostProgress> progress, CancellationToken cancellationToken);

    Task<HostRecord> KillAsync(string name, CancellationToken cancellationToken);

    /// <summary>Runs provisioning again (idempotent); with <paramref name="regenerateCertificates"/> issues a new server certificate.</summary>
    Task<HostRecord> ProvisionAsync(string name, bool regenerateCertificates, IProgress<HostProgress> progress, CancellationToken cancellationToken);
}

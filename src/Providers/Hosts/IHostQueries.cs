using HostPool.Providers.Model;

namespace HostPool.Providers.Hosts;

/// <summary>Reading hosts: from the store, and live from their providers and engines.</summary>
public interface IHostQueries
{
    Task<HostRecord> GetAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<HostRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Asks every host's driver and engine at once; a host that does not answer within <paramref name="timeout"/> reports that.</summary>
    Task<IReadOnlyList<HostLiveStatus>> GetLiveStatusAsync(IReadOnlyList<HostRecord> hosts, TimeSpan timeout, CancellationToken cancellationToken);
}

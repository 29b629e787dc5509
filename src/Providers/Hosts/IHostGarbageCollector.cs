using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.Hosts;

/// <summary>
/// `hostpool gc`: finds what interrupted work left behind (hosts whose create was killed, and provider
/// resources tagged by hostpool that no host owns) and removes it.
/// </summary>
public interface IHostGarbageCollector
{
    /// <summary>Hosts still `Creating` whose creating process is gone (their journals say what to remove).</summary>
    Task<IReadOnlyList<HostRecord>> FindAbandonedCreatesAsync(string? driver, CancellationToken cancellationToken);

    /// <summary>Removes an abandoned create through its journal, like `rm`.</summary>
    Task RemoveAbandonedCreateAsync(HostRecord host, CancellationToken cancellationToken);

    /// <summary>The drivers that can scan their provider for orphans.</summary>
    IReadOnlyList<string> ScannableDrivers { get; }

    /// <summary>Tagged resources of <paramref name="driver"/> that no host owns (resources of creates still running are left out).</summary>
    Task<IReadOnlyList<OrphanResource>> FindOrphansAsync(
        string driver, IReadOnlyDictionary<string, IReadOnlyList<string>> options, CancellationToken cancellationToken);

    Task<OrphanCleanup> DeleteOrphansAsync(
        string driver, IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyList<OrphanResource> orphans, CancellationToken cancellationToken);
}

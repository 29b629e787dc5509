namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// Finds and deletes what hostpool made on DigitalOcean (droplets tagged <c>hostpool</c>, keys named <c>hostpool/...</c>,
/// firewalls named <c>hostpool-POOL</c>) that no host record owns, e.g. after a create was killed outright. Records still
/// <c>Creating</c> do not own anything (those creates were interrupted); run gc only while no create is in progress.
/// </summary>
public interface IDigitalOceanGarbageCollector
{
    Task<IReadOnlyList<DigitalOceanOrphan>> FindAsync(DigitalOceanConnection connection, CancellationToken cancellationToken);

    /// <summary>Deletes the given orphans: droplets first (waiting until they are gone), then keys, then firewalls whose pool has no droplet left.</summary>
    Task<DigitalOceanGcResult> DeleteAsync(DigitalOceanConnection connection, IReadOnlyList<DigitalOceanOrphan> orphans, CancellationToken cancellationToken);
}

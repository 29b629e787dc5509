namespace HostPool.Providers.Drivers;

/// <summary>
/// Finds a provider's resources that carry hostpool's tags but that no host record owns (left by a create
/// that was killed, or by a host forgotten with `rm -f`), and deletes them. One per cloud driver.
/// </summary>
public interface IOrphanCollector
{
    /// <summary>The driver whose resources this collector scans.</summary>
    string Driver { get; }

    /// <summary>Scans the account, region or endpoint the driver flags in <paramref name="options"/> select.</summary>
    Task<IReadOnlyList<OrphanResource>> FindAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> options, CancellationToken cancellationToken);

    Task<OrphanCleanup> DeleteAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyList<OrphanResource> orphans, CancellationToken cancellationToken);
}

using HostPool.Providers.Model;

namespace HostPool.Providers.Drivers;

/// <summary>
/// Where a driver records each resource as soon as it exists (before the next call that could fail),
/// so that an interrupted create can always be rolled back or garbage-collected.
/// </summary>
public interface IResourceJournal
{
    Task RecordAsync(ResourceRef resource, CancellationToken cancellationToken);

    /// <summary>Saves non-secret driver data on the host record (e.g. the security group it joined).</summary>
    Task SetProviderDataAsync(string key, string value, CancellationToken cancellationToken);
}

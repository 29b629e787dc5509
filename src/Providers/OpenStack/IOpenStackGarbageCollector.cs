namespace HostPool.Providers.OpenStack;

/// <summary>
/// Finds and deletes what hostpool made on OpenStack (servers and floating IPs and security groups tagged <c>hostpool</c>,
/// key pairs named <c>hostpool.*</c>) that no host record owns; records still <c>Creating</c> own nothing.
/// </summary>
public interface IOpenStackGarbageCollector
{
    Task<IReadOnlyList<OpenStackOrphan>> FindAsync(OpenStackCredentials credentials, CancellationToken cancellationToken);

    /// <summary>Deletes floating IPs, servers (waiting until gone), key pairs, then security groups whose pool has no server left.</summary>
    Task<OpenStackGcResult> DeleteAsync(OpenStackCredentials credentials, IReadOnlyList<OpenStackOrphan> orphans, CancellationToken cancellationToken);
}

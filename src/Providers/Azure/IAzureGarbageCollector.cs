namespace HostPool.Providers.Azure;

/// <summary>
/// Finds and deletes Azure resources hostpool made that no host record owns (a killed create, a lost store). Records
/// still Creating count as interrupted, so their resources are offered too.
/// </summary>
public interface IAzureGarbageCollector
{
    /// <summary>The connection from gc's flags or the environment (AZURE_SUBSCRIPTION_ID, ...).</summary>
    AzureConnection Connection(Func<string, string?> option);

    Task<IReadOnlyList<AzureOrphan>> FindAsync(AzureConnection connection, CancellationToken cancellationToken);

    /// <summary>Deletes VMs first (waiting for them), then disks, network interfaces, public IPs, networks, security groups and empty groups hostpool made.</summary>
    Task<AzureGcResult> DeleteAsync(AzureConnection connection, IReadOnlyList<AzureOrphan> orphans, CancellationToken cancellationToken);
}

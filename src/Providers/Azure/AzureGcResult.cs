namespace HostPool.Providers.Azure;

/// <summary>What a gc run deleted, and what it kept with the reason (e.g. a resource group that holds other resources).</summary>
public sealed record AzureGcResult(IReadOnlyList<AzureOrphan> Deleted, IReadOnlyList<(AzureOrphan Orphan, string Reason)> Kept);

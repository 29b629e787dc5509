namespace HostPool.Providers.Drivers;

/// <summary>What gc deleted, and what it had to keep with the reason.</summary>
public sealed record OrphanCleanup(IReadOnlyList<OrphanResource> Deleted, IReadOnlyList<(OrphanResource Orphan, string Reason)> Kept);

namespace HostPool.Providers.OpenStack;

/// <summary>What a gc run deleted, and what it kept with the reason (a security group whose pool still has servers).</summary>
public sealed record OpenStackGcResult(IReadOnlyList<OpenStackOrphan> Deleted, IReadOnlyList<(OpenStackOrphan Orphan, string Reason)> Kept);

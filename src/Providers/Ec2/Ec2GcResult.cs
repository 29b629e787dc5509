namespace HostPool.Providers.Ec2;

/// <summary>What a gc run deleted, and what it kept with the reason (e.g. a security group an instance still uses).</summary>
public sealed record Ec2GcResult(IReadOnlyList<Ec2Orphan> Deleted, IReadOnlyList<(Ec2Orphan Orphan, string Reason)> Kept);

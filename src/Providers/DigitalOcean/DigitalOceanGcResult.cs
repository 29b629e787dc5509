namespace HostPool.Providers.DigitalOcean;

/// <summary>What a gc run deleted, and what it kept with the reason (e.g. a firewall whose pool still has droplets).</summary>
public sealed record DigitalOceanGcResult(IReadOnlyList<DigitalOceanOrphan> Deleted, IReadOnlyList<(DigitalOceanOrphan Orphan, string Reason)> Kept);

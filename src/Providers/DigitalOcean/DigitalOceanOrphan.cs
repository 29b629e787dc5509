namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// A DigitalOcean resource hostpool made that no host record owns: <see cref="Kind"/> is "droplet", "ssh-key" or
/// "firewall"; <see cref="Host"/> is null for a pool's firewall.
/// </summary>
public sealed record DigitalOceanOrphan(string Kind, string Id, string Pool, string? Host, string Detail);

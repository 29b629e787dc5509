namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>The body of POST /v2/droplets (single droplet).</summary>
internal sealed record DoDropletCreate(string Name, string Region, string Size, string Image)
{
    public IReadOnlyList<long> SshKeys { get; init; } = [];

    public bool Backups { get; init; }

    public bool Ipv6 { get; init; }

    public bool Monitoring { get; init; }

    /// <summary>Deprecated by DigitalOcean (every droplet joins the region's default VPC); sent only when asked for.</summary>
    public bool? PrivateNetworking { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? UserData { get; init; }
}

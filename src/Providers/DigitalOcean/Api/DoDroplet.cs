namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>A droplet as GET /v2/droplets/{id} answers (the fields the driver reads).</summary>
internal sealed record DoDroplet(long Id, string Name, string Status)
{
    public IReadOnlyList<string>? Tags { get; init; }

    public DoNetworks? Networks { get; init; }

    public DoSlug? Region { get; init; }

    public string? SizeSlug { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? Address(string type) => Networks?.V4?.FirstOrDefault(n => n.Type == type)?.IpAddress;
}

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>A cloud firewall (POST/GET /v2/firewalls); it applies to the droplets listed or tagged with its tags.</summary>
internal sealed record DoFirewall(string Name)
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<DoInboundRule> InboundRules { get; init; } = [];

    public IReadOnlyList<DoOutboundRule> OutboundRules { get; init; } = [];

    public IReadOnlyList<long>? DropletIds { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }
}

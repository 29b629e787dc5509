namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>Who a firewall rule admits: addresses (CIDRs) and/or droplets by tag.</summary>
internal sealed record DoRuleTarget
{
    public IReadOnlyList<string>? Addresses { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }
}

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>A firewall's outbound rule: protocol, ports and destinations.</summary>
internal sealed record DoOutboundRule(string Protocol, string Ports, DoRuleTarget Destinations);

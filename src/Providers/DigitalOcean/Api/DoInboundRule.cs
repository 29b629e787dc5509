namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>A firewall's inbound rule: protocol, ports ("22", "8000-9000", "0" for all) and sources.</summary>
internal sealed record DoInboundRule(string Protocol, string Ports, DoRuleTarget Sources);

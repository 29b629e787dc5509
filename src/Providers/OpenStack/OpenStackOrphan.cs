namespace HostPool.Providers.OpenStack;

/// <summary>An OpenStack resource hostpool made that no host record owns: "server", "key-pair", "security-group" or "floating-ip".</summary>
public sealed record OpenStackOrphan(string Kind, string Id, string Pool, string? Host, string Detail);

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>A droplet's <c>networks</c>: its v4 and v6 addresses.</summary>
internal sealed record DoNetworks(IReadOnlyList<DoNetwork>? V4, IReadOnlyList<DoNetwork>? V6);

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>An embedded object the driver knows by its slug (a droplet's region or size).</summary>
internal sealed record DoSlug(string Slug);

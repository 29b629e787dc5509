namespace HostPool.CloudSim.DigitalOcean;

/// <summary>A public distribution image of the catalog.</summary>
internal sealed record SimDoImage(long Id, string Name, string Distribution, string Slug, DateTimeOffset CreatedAt);

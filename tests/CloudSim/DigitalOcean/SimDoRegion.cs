namespace HostPool.CloudSim.DigitalOcean;

/// <summary>A region of the catalog; an unavailable one refuses new droplets.</summary>
internal sealed record SimDoRegion(string Slug, string Name, bool Available);

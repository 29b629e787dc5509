namespace HostPool.CloudSim.DigitalOcean;

/// <summary>A droplet size of the catalog.</summary>
internal sealed record SimDoSize(string Slug, int Memory, int Vcpus, int Disk, double Transfer, double PriceMonthly, string Description);

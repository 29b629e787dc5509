namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>One address of a droplet; <see cref="Type"/> is "public" or "private".</summary>
internal sealed record DoNetwork(string IpAddress, string Type);

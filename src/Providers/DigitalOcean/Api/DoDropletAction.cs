namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>The body of POST /v2/droplets/{id}/actions: power_on, shutdown, power_off, reboot.</summary>
internal sealed record DoDropletAction(string Type);

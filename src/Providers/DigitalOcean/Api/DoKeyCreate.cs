namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>The body of POST /v2/account/keys.</summary>
internal sealed record DoKeyCreate(string Name, string PublicKey);

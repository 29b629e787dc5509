namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>An SSH key of the account (POST/GET /v2/account/keys).</summary>
internal sealed record DoSshKey(long Id, string Fingerprint, string PublicKey, string Name);

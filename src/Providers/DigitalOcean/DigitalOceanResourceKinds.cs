namespace HostPool.Providers.DigitalOcean;

/// <summary>The journal's resource kinds and provider-data keys of the digitalocean driver.</summary>
internal static class DigitalOceanResourceKinds
{
    public const string Droplet = "digitalocean-droplet";
    public const string SshKey = "digitalocean-ssh-key";
    public const string Firewall = "digitalocean-firewall";

    /// <summary>Attribute on the firewall's entry: "pool" (shared by the pool's hosts, deleted with the last one).</summary>
    public const string ScopeAttribute = "scope";
    public const string PoolScope = "pool";

    public const string DataCreateTag = "digitalocean-create-tag";
    public const string DataKeyFingerprint = "digitalocean-key-fingerprint";
    public const string DataFirewall = "digitalocean-firewall";
    public const string DataRegion = "digitalocean-region";
}

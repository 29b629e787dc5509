namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// How hostpool marks what it makes on DigitalOcean. Droplets carry tags: <c>hostpool</c>, <c>hostpool-pool:POOL</c>
/// (the pool firewall applies to it), <c>hostpool-host:NAME</c> and <c>hostpool-create:TOKEN</c> (one per create, so a
/// droplet whose create answer was lost is still found). SSH keys and firewalls cannot carry tags: their names say it
/// (<c>hostpool/POOL/NAME/SUFFIX</c>, <c>hostpool-POOL</c>).
/// </summary>
internal static class DigitalOceanTags
{
    public const string Marker = "hostpool";
    public const string PoolPrefix = "hostpool-pool:";
    public const string HostPrefix = "hostpool-host:";
    public const string CreatePrefix = "hostpool-create:";
    public const string KeyPrefix = "hostpool/";

    public static string Pool(string pool) => PoolPrefix + pool;

    public static string Host(string host) => HostPrefix + host;

    public static string Create(string token) => CreatePrefix + token;

    public static string FirewallName(string pool) => $"hostpool-{pool}";

    public static string KeyName(string pool, string host, string suffix) => $"{KeyPrefix}{pool}/{host}/{suffix}";

    public static IReadOnlyList<string> ForDroplet(string pool, string host, string createToken, IReadOnlyList<string> extra) =>
        [Marker, Pool(pool), Host(host), Create(createToken), .. extra];

    /// <summary>The pool named by a droplet's tags, a key's name or a firewall's tags; null when hostpool did not make it.</summary>
    public static string? PoolOf(IReadOnlyList<string>? tags) =>
        tags?.FirstOrDefault(t => t.StartsWith(PoolPrefix, StringComparison.Ordinal))?[PoolPrefix.Length..];

    public static string? HostOf(IReadOnlyList<string>? tags) =>
        tags?.FirstOrDefault(t => t.StartsWith(HostPrefix, StringComparison.Ordinal))?[HostPrefix.Length..];

    public static (string Pool, string Host)? OfKeyName(string name) =>
        name.StartsWith(KeyPrefix, StringComparison.Ordinal) && name.Split('/') is [_, var pool, var host, _] ? (pool, host) : null;
}

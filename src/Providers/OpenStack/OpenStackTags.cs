namespace HostPool.Providers.OpenStack;

/// <summary>
/// How hostpool marks what it makes on OpenStack: servers carry metadata hostpool:pool / hostpool:host and tags
/// <c>hostpool</c>, <c>hostpool-pool:POOL</c>, <c>hostpool-create:TOKEN</c> (one per create, so a server whose answer
/// was lost is found); security groups and floating IPs carry the same tags (set after their create) and a description
/// naming the pool (and host), which is how gc knows one whose create was killed before its tags;
/// key pairs (no tags in Nova) are named <c>hostpool.POOL.NAME.SUFFIX</c>.
/// </summary>
internal static class OpenStackTags
{
    public const string Prefix = "hostpool:";
    public const string Marker = "hostpool";
    public const string PoolPrefix = "hostpool-pool:";
    public const string CreatePrefix = "hostpool-create:";

    /// <summary>Nova's longest server tag; Neutron allows 255.</summary>
    public const int MaxServerTag = 60;

    public static string Pool(string pool) => PoolPrefix + pool;

    /// <summary>The pool tag of a server: <see cref="Pool"/> cut to Nova's 60 characters (its pool is in its metadata in full).</summary>
    public static string ServerPool(string pool) => Pool(pool) is { Length: > MaxServerTag } tag ? tag[..MaxServerTag] : Pool(pool);

    public static string Create(string token) => CreatePrefix + token;

    /// <summary>A create's token: the host's name, cut so that the tag stays within Nova's 60 characters, and the create's random suffix.</summary>
    public static string CreateToken(string host, string suffix)
    {
        var room = MaxServerTag - CreatePrefix.Length - suffix.Length - 1;
        return $"{(host.Length > room ? host[..room] : host)}-{suffix}";
    }

    public static string GroupName(string pool) => $"hostpool-{pool}";

    public static string GroupDescription(string pool) => $"hostpool pool {pool}: SSH and Docker TLS from allowed addresses, Swarm between members";

    public static string FloatingIpDescription(string pool, string host) => $"hostpool pool {pool} host {host}";

    public static string KeyName(string pool, string host, string suffix) => $"hostpool.{pool}.{host}.{suffix}";

    public static (string Pool, string Host)? OfKeyName(string name) =>
        name.Split('.') is ["hostpool", var pool, var host, _] ? (pool, host) : null;

    /// <summary>The pool and host a floating IP's description names (<see cref="FloatingIpDescription"/>).</summary>
    public static (string Pool, string? Host)? OfFloatingIpDescription(string? description) =>
        description?.Split(' ') is ["hostpool", "pool", var pool, "host", var host] ? (pool, host) : null;

    public static string? PoolOf(IEnumerable<string>? tags) =>
        tags?.FirstOrDefault(t => t.StartsWith(PoolPrefix, StringComparison.Ordinal))?[PoolPrefix.Length..];
}

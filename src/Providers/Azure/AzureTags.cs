namespace HostPool.Providers.Azure;

/// <summary>
/// The tags hostpool puts on every Azure resource it makes, by which `gc` finds what no record owns: the pool, the
/// host (absent on pool-level resources) and the resource's role. A resource group carries them only when hostpool made it.
/// </summary>
internal static class AzureTags
{
    public const string Prefix = "hostpool:";
    public const string Pool = "hostpool:pool";
    public const string Host = "hostpool:host";
    public const string Role = "hostpool:role";

    public const string RoleResourceGroup = "resource-group";
    public const string RoleSecurityGroup = "pool-network-security-group";
    public const string RoleVirtualNetwork = "pool-virtual-network";
    public const string RolePublicIp = "public-ip";
    public const string RoleNetworkInterface = "network-interface";
    public const string RoleVirtualMachine = "virtual-machine";

    public static Dictionary<string, string> For(string pool, string? host, string role, IReadOnlyDictionary<string, string> extra)
    {
        var tags = new Dictionary<string, string>(extra, StringComparer.Ordinal)
        {
            [Pool] = pool,
            [Role] = role,
        };
        if (host is not null)
        {
            tags[Host] = host;
        }

        return tags;
    }

    public static string? Value(IDictionary<string, string>? tags, string key) =>
        tags is not null && tags.TryGetValue(key, out var value) ? value : null;
}

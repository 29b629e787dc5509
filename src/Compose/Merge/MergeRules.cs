namespace HostPool.Compose.Merge;

/// <summary>
/// The merge rule of each attribute, after the Compose Specification's merge section and compose-go's
/// override package. Patterns use <c>*</c> for a user-chosen name (service, network, volume...).
/// </summary>
internal static class MergeRules
{
    private static readonly Dictionary<string, MergeStrategy> Rules = new(StringComparer.Ordinal)
    {
        ["services.*.command"] = MergeStrategy.Replace,
        ["services.*.entrypoint"] = MergeStrategy.Replace,
        ["services.*.healthcheck.test"] = MergeStrategy.Replace,
        ["services.*.ulimits.*"] = MergeStrategy.Replace,
        ["services.*.environment"] = MergeStrategy.KeyValue,
        ["services.*.labels"] = MergeStrategy.KeyValue,
        ["services.*.annotations"] = MergeStrategy.KeyValue,
        ["services.*.sysctls"] = MergeStrategy.KeyValue,
        ["services.*.build.args"] = MergeStrategy.KeyValue,
        ["services.*.build.labels"] = MergeStrategy.KeyValue,
        ["services.*.deploy.labels"] = MergeStrategy.KeyValue,
        ["networks.*.labels"] = MergeStrategy.KeyValue,
        ["volumes.*.labels"] = MergeStrategy.KeyValue,
        ["secrets.*.labels"] = MergeStrategy.KeyValue,
        ["configs.*.labels"] = MergeStrategy.KeyValue,
        ["services.*.extra_hosts"] = MergeStrategy.Hosts,
        ["services.*.networks"] = MergeStrategy.NamedMapping,
        ["services.*.depends_on"] = MergeStrategy.NamedMapping,
        ["services.*.networks.*.aliases"] = MergeStrategy.UniqueStrings,
        ["services.*.networks.*.link_local_ips"] = MergeStrategy.UniqueStrings,
        ["services.*.volumes"] = MergeStrategy.ByTarget,
        ["services.*.secrets"] = MergeStrategy.ByTarget,
        ["services.*.configs"] = MergeStrategy.ByTarget,
        ["services.*.expose"] = MergeStrategy.UniqueStrings,
        ["services.*.dns"] = MergeStrategy.UniqueStrings,
        ["services.*.dns_search"] = MergeStrategy.UniqueStrings,
        ["services.*.dns_opt"] = MergeStrategy.UniqueStrings,
        ["services.*.cap_add"] = MergeStrategy.UniqueStrings,
        ["services.*.cap_drop"] = MergeStrategy.UniqueStrings,
        ["services.*.security_opt"] = MergeStrategy.UniqueStrings,
        ["services.*.external_links"] = MergeStrategy.UniqueStrings,
        ["services.*.links"] = MergeStrategy.UniqueStrings,
        ["services.*.profiles"] = MergeStrategy.UniqueStrings,
        ["services.*.volumes_from"] = MergeStrategy.UniqueStrings,
        ["services.*.group_add"] = MergeStrategy.UniqueStrings,
        ["services.*.tmpfs"] = MergeStrategy.UniqueStrings,
        ["services.*.env_file"] = MergeStrategy.UniqueStrings,
        ["services.*.deploy.placement.constraints"] = MergeStrategy.UniqueStrings,
        ["services.*.logging"] = MergeStrategy.Logging,
    };

    /// <summary>Keys whose children are user-chosen names rather than attributes.</summary>
    private static readonly HashSet<string> NameLevels = new(StringComparer.Ordinal)
    {
        string.Empty + "services", "networks", "volumes", "secrets", "configs", "models",
        "services.*.networks", "services.*.depends_on", "services.*.ulimits", "services.*.models",
    };

    public static MergeStrategy For(string pattern) => Rules.GetValueOrDefault(pattern, MergeStrategy.Default);

    /// <summary>The pattern of the child <paramref name="key"/> under <paramref name="pattern"/>.</summary>
    public static string Child(string pattern, string key)
    {
        if (pattern.Length == 0)
        {
            return key;
        }

        return NameLevels.Contains(pattern) ? pattern + ".*" : pattern + "." + key;
    }
}

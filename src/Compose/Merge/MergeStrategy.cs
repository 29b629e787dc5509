namespace HostPool.Compose.Merge;

/// <summary>How two values of one attribute combine when a later file overrides an earlier one.</summary>
internal enum MergeStrategy
{
    /// <summary>Mappings merge key by key, sequences append, scalars are replaced.</summary>
    Default,

    /// <summary>The later value replaces the earlier one.</summary>
    Replace,

    /// <summary>List or mapping of KEY=VALUE: both become mappings and merge key by key.</summary>
    KeyValue,

    /// <summary>extra_hosts: host:ip lists or mappings merge by host.</summary>
    Hosts,

    /// <summary>A list of names or a mapping of names to options (service networks, depends_on).</summary>
    NamedMapping,

    /// <summary>Sequence of mounts merged by target (volumes, secrets, configs).</summary>
    ByTarget,

    /// <summary>Sequence of strings appended without duplicates (expose, dns, cap_add...).</summary>
    UniqueStrings,

    /// <summary>Logging: same driver merges options, another driver replaces everything.</summary>
    Logging,
}

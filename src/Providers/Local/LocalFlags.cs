using HostPool.Providers.Drivers;

namespace HostPool.Providers.Local;

/// <summary>The flags of the local driver, as given on `create`.</summary>
public static class LocalFlags
{
    public const string Cpus = "local-cpus";
    public const string Memory = "local-memory";
    public const string Subnet = "local-subnet";
    public const string Bridge = "local-bridge";

    public const string DefaultCpus = "2";
    public const string DefaultMemory = "2GiB";
    public const string DefaultSubnet = "10.213.0.0/24";
    public const string DefaultBridge = "hpbr0";

    public static IReadOnlyList<DriverFlag> All { get; } =
    [
        new(Cpus, "CPUs the host declares to the scheduler") { DefaultValue = DefaultCpus },
        new(Memory, "Memory the host declares to the scheduler (e.g. 2GiB, 2048MiB)") { DefaultValue = DefaultMemory },
        new(Subnet, "Private IPv4 range of the local hosts' bridge; its first address is the gateway") { DefaultValue = DefaultSubnet },
        new(Bridge, "Name of the Linux bridge the local hosts attach to") { DefaultValue = DefaultBridge },
    ];
}

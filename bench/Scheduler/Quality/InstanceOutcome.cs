namespace HostPool.Scheduler.Bench;

/// <summary>What hostpool and the classic Swarm ranking did on one packing instance.</summary>
public sealed record InstanceOutcome(
    string Class,
    int LowerBound,
    int HostpoolBinpackHosts,
    int SwarmBinpackHosts,
    int SwarmSortedBinpackHosts,
    double HostpoolSpreadCv,
    double SwarmSpreadCv,
    bool AllPlaced);

using System.Globalization;

namespace HostPool.Pool.Scheduling;

/// <summary>
/// Why a replica went where it went: the rule that chose the host (spread, binpack, random, global,
/// shared-host), the preference group it was spread into, how many replicas of its service the host
/// then holds, the host's reserved fractions after it, and whether soft rules had to be dropped.
/// </summary>
public readonly record struct PlacementReason(
    string Rule,
    string? Group,
    int ServiceReplicasOnHost,
    double CpuFraction,
    double MemoryFraction,
    bool SoftRulesDropped)
{
    public override string ToString()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Rule}: {ServiceReplicasOnHost} of the service on the host, cpu {CpuFraction:P0} mem {MemoryFraction:P0} reserved");
        if (Group is not null)
        {
            text = $"{text}, group {Group}";
        }

        return SoftRulesDropped ? text + ", soft rules dropped" : text;
    }
}

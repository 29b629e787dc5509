namespace HostPool.CloudSim.Common;

/// <summary>The kinds of fault a simulator can inject; each provider maps them to its own error shapes.</summary>
public enum FaultKind
{
    Throttle,
    ServerError,
    Capacity,
    Scripted,
}

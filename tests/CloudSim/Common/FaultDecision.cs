namespace HostPool.CloudSim.Common;

/// <summary>What the injector decided for one call: how long to wait first, and which fault (if any) to answer with.</summary>
public sealed record FaultDecision(TimeSpan Delay, InjectedFault? Fault)
{
    public static FaultDecision None { get; } = new(TimeSpan.Zero, null);
}

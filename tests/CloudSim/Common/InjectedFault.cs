namespace HostPool.CloudSim.Common;

/// <summary>A fault chosen for one call: its kind, the error code a scripted fault asked for, and whether the call takes effect first.</summary>
public sealed record InjectedFault(FaultKind Kind, string? Code = null, bool AfterEffect = false);

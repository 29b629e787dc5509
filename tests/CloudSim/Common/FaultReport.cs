namespace HostPool.CloudSim.Common;

/// <summary>The answer of <c>GET /_sim/faults</c>: the plan in force, how many faults it injected and the calls seen per action.</summary>
public sealed record FaultReport(FaultPlan Plan, int Injected, IReadOnlyDictionary<string, int> Calls);

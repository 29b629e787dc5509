namespace HostPool.Pool.Scheduling;

/// <summary>How many hosts one filter rejected, a few of their names, and the first one's detail.</summary>
public sealed record RejectionSummary(string Filter, int Hosts, IReadOnlyList<string> Examples, string Detail);

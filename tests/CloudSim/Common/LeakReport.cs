namespace HostPool.CloudSim.Common;

/// <summary>The answer of <c>GET /_sim/leaks</c>: every live resource of one simulator.</summary>
public sealed record LeakReport(string Provider, IReadOnlyList<LiveResource> Resources)
{
    public int Count => Resources.Count;
}

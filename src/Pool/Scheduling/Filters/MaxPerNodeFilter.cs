namespace HostPool.Pool.Scheduling;

/// <summary>`deploy.placement.max_replicas_per_node`.</summary>
internal sealed class MaxPerNodeFilter(ServiceCounts serviceCounts, int limit) : IHostFilter
{
    public string Name => "max_replicas_per_node";

    public string Key => "max:" + limit;

    public bool Accepts(int host) => serviceCounts[host] < limit;

    public string Explain(int host) => $"already holds {serviceCounts[host]} replicas of the service, max_replicas_per_node is {limit}";
}

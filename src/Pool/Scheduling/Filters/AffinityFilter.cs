namespace HostPool.Pool.Scheduling;

/// <summary>Affinity: only hosts that run the other service; anti-affinity: only hosts that do not.</summary>
internal sealed class AffinityFilter(ServiceAffinity rule, ServiceCounts targetCounts) : IHostFilter
{
    public string Name => rule.Anti ? "anti-affinity" : "affinity";

    public string Key => rule.ToString();

    public bool Accepts(int host) => (targetCounts[host] > 0) != rule.Anti;

    public string Explain(int host) => rule.Anti
        ? $"runs {targetCounts[host]} replica(s) of '{rule.Service}' and the service has anti-affinity to it"
        : $"runs no replica of '{rule.Service}' and the service has affinity to it";
}

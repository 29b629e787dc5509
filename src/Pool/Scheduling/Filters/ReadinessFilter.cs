namespace HostPool.Pool.Scheduling;

/// <summary>Drained and down hosts get nothing new.</summary>
internal sealed class ReadinessFilter(PoolState pool) : IHostFilter
{
    public string Name => "state";

    public string Key => "state";

    public bool Accepts(int host) => pool.Ready[host];

    public string Explain(int host) =>
        $"host is {pool.Hosts[host].State.ToString().ToLowerInvariant()}: only ready hosts get new replicas";
}

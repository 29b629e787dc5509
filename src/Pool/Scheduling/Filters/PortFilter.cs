namespace HostPool.Pool.Scheduling;

/// <summary>A published port is a per-host resource: the host must hold none of the service's ports.</summary>
internal sealed class PortFilter(PoolState pool, IReadOnlyList<PublishedPort> ports) : IHostFilter
{
    public string Name => "ports";

    public string Key => "ports";

    public bool Accepts(int host) => Clash(host) is null;

    public string Explain(int host) => $"port {Clash(host)} is already published on the host";

    private PublishedPort? Clash(int host)
    {
        var held = pool.Ports[host];
        if (held is null)
        {
            return null;
        }

        foreach (var wanted in ports)
        {
            foreach (var taken in held)
            {
                if (wanted.ClashesWith(taken))
                {
                    return wanted;
                }
            }
        }

        return null;
    }
}

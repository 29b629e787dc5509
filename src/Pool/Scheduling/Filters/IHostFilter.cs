namespace HostPool.Pool.Scheduling;

/// <summary>
/// One reason a host may not take a replica of one service. A filter is bound to that service when the
/// plan starts; <see cref="Placed"/> tells it a replica went to a host so stateful rules (UNIQUE, CLUSTER)
/// follow along. Every filter only ever narrows within one service: a rejected host stays rejected.
/// </summary>
internal interface IHostFilter
{
    /// <summary>The filter's name as plans report it: state, constraint, capacity, ports, ...</summary>
    string Name { get; }

    /// <summary>Identifies what a static filter computes, so equal rules share one host mask.</summary>
    string Key { get; }

    bool Accepts(int host);

    /// <summary>Why <paramref name="host"/> is rejected, in words a user can act on.</summary>
    string Explain(int host);

    void Placed(int host)
    {
    }
}

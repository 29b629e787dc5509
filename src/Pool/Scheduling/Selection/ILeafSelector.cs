namespace HostPool.Pool.Scheduling;

/// <summary>Picks the best feasible host among one group of hosts; -1 when none is feasible.</summary>
internal interface ILeafSelector
{
    int Select();

    /// <summary>The host last selected took the replica.</summary>
    void Placed(int host);
}

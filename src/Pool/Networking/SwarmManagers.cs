namespace HostPool.Pool.Networking;

/// <summary>How many managers a pool's cluster keeps: one below three hosts, three from three hosts on (quorum survives one loss).</summary>
internal static class SwarmManagers
{
    public static int Wanted(int members) => members >= 3 ? 3 : 1;
}

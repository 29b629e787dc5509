namespace HostPool.Pool.Scheduling;

/// <summary>
/// Replicas of one service per host. Sparse (a short list) while the service is on few hosts, dense (an
/// array over hosts) beyond: a plan of thousands of single-replica services on thousands of hosts must
/// not allocate an array over hosts per service.
/// </summary>
internal sealed class ServiceCounts
{
    private const int SparseLimit = 8;

    private readonly int size;
    private readonly int[] sparseHosts = new int[SparseLimit];
    private readonly int[] sparseCounts = new int[SparseLimit];
    private int[]? dense;
    private int used;

    public ServiceCounts(int size, int[]? initial = null)
    {
        this.size = size;
        dense = initial;
        Total = initial?.Sum() ?? 0;
    }

    public int Total { get; private set; }

    public int this[int host]
    {
        get
        {
            if (dense is not null)
            {
                return dense[host];
            }

            for (var i = 0; i < used; i++)
            {
                if (sparseHosts[i] == host)
                {
                    return sparseCounts[i];
                }
            }

            return 0;
        }
    }

    public void Increment(int host)
    {
        Total++;
        if (dense is null)
        {
            for (var i = 0; i < used; i++)
            {
                if (sparseHosts[i] == host)
                {
                    sparseCounts[i]++;
                    return;
                }
            }

            if (used < SparseLimit)
            {
                sparseHosts[used] = host;
                sparseCounts[used++] = 1;
                return;
            }

            dense = new int[size];
            for (var i = 0; i < used; i++)
            {
                dense[sparseHosts[i]] = sparseCounts[i];
            }
        }

        dense[host]++;
    }

    /// <summary>The hosts holding at least one replica, in host order.</summary>
    public IEnumerable<int> Hosts()
    {
        if (dense is not null)
        {
            return Enumerable.Range(0, size).Where(host => dense[host] > 0);
        }

        return sparseHosts.Take(used).Order();
    }
}

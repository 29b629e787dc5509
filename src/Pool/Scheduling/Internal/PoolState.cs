namespace HostPool.Pool.Scheduling;

/// <summary>
/// The pool as flat arrays over host indexes (capacity after overcommit, what is reserved, ports held),
/// plus per-plan caches of attribute columns and constraint masks. One plan owns one instance and
/// updates it as replicas are placed; the caller's snapshots are never changed.
/// </summary>
internal sealed class PoolState
{
    private readonly Dictionary<string, AttributeColumn> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, bool[]> constraintMasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> existing = new(StringComparer.Ordinal);

    public PoolState(IReadOnlyList<HostSnapshot> hosts)
    {
        Hosts = hosts;
        Count = hosts.Count;
        CpuCapacity = new double[Count];
        MemoryCapacity = new double[Count];
        CpuScale = new double[Count];
        MemoryScale = new double[Count];
        CpuUsed = new double[Count];
        MemoryUsed = new double[Count];
        Busy = new bool[Count];
        Ready = new bool[Count];
        NewReplicas = new int[Count];
        Ports = new List<PublishedPort>?[Count];
        for (var host = 0; host < Count; host++)
        {
            var snapshot = hosts[host];
            CpuCapacity[host] = snapshot.Cpus * snapshot.Overcommit;
            MemoryCapacity[host] = snapshot.MemoryBytes * snapshot.Overcommit;
            CpuScale[host] = CpuCapacity[host] > 0 ? 1 / CpuCapacity[host] : 0;
            MemoryScale[host] = MemoryCapacity[host] > 0 ? 1 / MemoryCapacity[host] : 0;
            CpuUsed[host] = snapshot.ReservedCpus;
            MemoryUsed[host] = snapshot.ReservedMemoryBytes;
            Ready[host] = snapshot.State == HostReadiness.Ready;
            Busy[host] = snapshot.ReservedCpus > 0 || snapshot.ReservedMemoryBytes > 0 || snapshot.Replicas.Count > 0;
            foreach (var replica in snapshot.Replicas)
            {
                var key = replica.Project + "/" + replica.Service;
                if (!existing.TryGetValue(key, out var counts))
                {
                    counts = new int[hosts.Count];
                    existing.Add(key, counts);
                }

                counts[host]++;
                foreach (var port in replica.PublishedPorts)
                {
                    (Ports[host] ??= []).Add(port);
                }
            }
        }
    }

    public IReadOnlyList<HostSnapshot> Hosts { get; }

    public int Count { get; }

    public double[] CpuCapacity { get; }

    public double[] MemoryCapacity { get; }

    /// <summary>1 / capacity (0 for a host without that capacity): fractions without division in hot loops.</summary>
    public double[] CpuScale { get; }

    public double[] MemoryScale { get; }

    public double[] CpuUsed { get; }

    public double[] MemoryUsed { get; }

    /// <summary>Holds a reservation or a replica (binpack fills these first).</summary>
    public bool[] Busy { get; }

    public bool[] Ready { get; }

    public int[] NewReplicas { get; }

    public List<PublishedPort>?[] Ports { get; }

    public string NameOf(int host) => Hosts[host].Name;

    public AttributeColumn Column(HostAttribute attribute)
    {
        if (!columns.TryGetValue(attribute.Name, out var column))
        {
            column = new AttributeColumn(attribute, Hosts);
            columns.Add(attribute.Name, column);
        }

        return column;
    }

    public bool[] Mask(ConstraintExpression constraint)
    {
        if (!constraintMasks.TryGetValue(constraint.Text, out var mask))
        {
            mask = new bool[Count];
            for (var host = 0; host < Count; host++)
            {
                mask[host] = constraint.Holds(Hosts[host]);
            }

            constraintMasks.Add(constraint.Text, mask);
        }

        return mask;
    }

    /// <summary>Per host, how many replicas of PROJECT/SERVICE already run there (a fresh copy).</summary>
    public ServiceCounts ExistingCounts(string qualifiedService) =>
        new(Count, existing.TryGetValue(qualifiedService, out var counts) ? (int[])counts.Clone() : null);

    public void Reserve(int host, double cpus, double memoryBytes, IReadOnlyList<PublishedPort> ports)
    {
        CpuUsed[host] += cpus;
        MemoryUsed[host] += memoryBytes;
        Busy[host] = true;
        NewReplicas[host]++;
        foreach (var port in ports)
        {
            (Ports[host] ??= []).Add(port);
        }
    }
}

using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>
/// A seeded two-dimensional packing instance: items as fractions of a host (16 cpus, 64 GiB), turned
/// into replicas (rounded to a millicpu and a MiB) and identical hosts.
/// </summary>
public sealed record PackingInstance(string Class, int Seed, IReadOnlyList<(double Cpus, long Memory)> Items)
{
    public const double HostCpus = 16;
    public const long HostMemory = 64L * 1024 * 1024 * 1024;

    public static readonly string[] Classes = ["uniform", "bimodal", "anti-correlated"];

    public static PackingInstance Generate(string kind, int seed, int items)
    {
        var random = new Random(seed);
        var list = new List<(double, long)>(items);
        for (var i = 0; i < items; i++)
        {
            var (cpu, memory) = kind switch
            {
                "uniform" => (Uniform(random, 0.01, 0.2), Uniform(random, 0.01, 0.2)),
                "bimodal" => Bimodal(random),
                "anti-correlated" => AntiCorrelated(random),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown instance class"),
            };
            list.Add((Math.Round(cpu * HostCpus, 3), (long)Math.Round(memory * HostMemory / (1024 * 1024)) * 1024 * 1024));
        }

        return new PackingInstance(kind, seed, list);
    }

    /// <summary>max over dimensions of ceil(sum / capacity), and over dimensions of the items above half a host.</summary>
    public int LowerBound()
    {
        var cpu = Math.Ceiling((Items.Sum(item => item.Cpus) / HostCpus) - 1e-9);
        var memory = Math.Ceiling((Items.Sum(item => (double)item.Memory) / HostMemory) - 1e-9);
        var bigCpu = Items.Count(item => item.Cpus > HostCpus / 2);
        var bigMemory = Items.Count(item => item.Memory > HostMemory / 2);
        return (int)Math.Max(Math.Max(cpu, memory), Math.Max(bigCpu, bigMemory));
    }

    public IReadOnlyList<HostSnapshot> Hosts(int count) =>
        Enumerable.Range(0, count).Select(i => new HostSnapshot { Name = $"h{i:D4}", Cpus = HostCpus, MemoryBytes = HostMemory }).ToArray();

    /// <summary>One service per item, one replica each, in item order.</summary>
    public ProjectDemand Project() =>
        new("quality", Items.Select((item, i) => new ServiceDemand { Name = $"i{i:D4}", Cpus = item.Cpus, MemoryBytes = item.Memory }).ToArray());

    private static double Uniform(Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    private static (double, double) Bimodal(Random random)
    {
        var large = random.NextDouble() < 0.25;
        return large
            ? (Uniform(random, 0.2, 0.4), Uniform(random, 0.2, 0.4))
            : (Uniform(random, 0.01, 0.08), Uniform(random, 0.01, 0.08));
    }

    private static (double, double) AntiCorrelated(Random random)
    {
        var cpu = Uniform(random, 0.01, 0.17);
        var memory = Math.Clamp(0.18 - cpu + Uniform(random, -0.02, 0.02), 0.01, 0.17);
        return (cpu, memory);
    }
}

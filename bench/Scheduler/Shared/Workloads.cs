using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>The throughput scenarios of the issue, built deterministically from a seed.</summary>
public static class Workloads
{
    public const long GiB = 1024L * 1024 * 1024;
    public const long MiB = 1024L * 1024;

    public static readonly string[] ThreeConstraints = ["node.labels.tier==app", "node.labels.disk!=hdd", "node.platform.os==linux"];

    /// <summary>Scenario 1: identical hosts with zone, tier and disk labels.</summary>
    public static IReadOnlyList<HostSnapshot> LabelledHosts(int count) =>
        Enumerable.Range(0, count).Select(i => new HostSnapshot
        {
            Name = $"h{i:D5}",
            Cpus = 64,
            MemoryBytes = 256 * GiB,
            NodeLabels = new Dictionary<string, string>
            {
                ["zone"] = "z" + (i % 3),
                ["tier"] = i % 10 < 8 ? "app" : "db",
                ["disk"] = i % 5 == 0 ? "hdd" : "ssd",
            },
        }).ToArray();

    public static bool ThreeConstraintsHold(HostSnapshot host) =>
        host.NodeLabels["tier"] == "app" && host.NodeLabels["disk"] != "hdd" && host.Os == "linux";

    public static ProjectDemand IdenticalReplicas(int replicas) =>
        new("bench", [new ServiceDemand { Name = "web", Replicas = replicas, Cpus = 0.05, MemoryBytes = 64 * MiB, Constraints = ThreeConstraints }]);

    /// <summary>Scenario 2: hosts of mixed sizes (4 to 64 cpus, 2 to 8 GiB per cpu).</summary>
    public static IReadOnlyList<HostSnapshot> MixedHosts(int count, int seed)
    {
        var random = new Random(seed);
        int[] cpus = [4, 8, 16, 32, 64];
        int[] perCpu = [2, 4, 8];
        return Enumerable.Range(0, count).Select(i =>
        {
            var c = cpus[random.Next(cpus.Length)];
            return new HostSnapshot
            {
                Name = $"h{i:D5}",
                Cpus = c,
                MemoryBytes = c * perCpu[random.Next(perCpu.Length)] * GiB,
                NodeLabels = new Dictionary<string, string> { ["zone"] = "z" + (i % 3) },
            };
        }).ToArray();
    }

    /// <summary>Scenario 2: single replicas of different sizes, one service each.</summary>
    public static ProjectDemand HeterogeneousSingles(int services, int seed)
    {
        var random = new Random(seed);
        return new ProjectDemand("bench", Enumerable.Range(0, services).Select(i => new ServiceDemand
        {
            Name = $"s{i:D5}",
            Cpus = Math.Round(0.1 + (random.NextDouble() * 3.9), 2),
            MemoryBytes = (128 + random.Next(8 * 1024 - 128)) * MiB,
        }).ToArray());
    }

    /// <summary>Scenario 3: 20 services, 100,000 replicas, spread over 3 zones, with constraints.</summary>
    public static ProjectDemand LargeDeploy(int services = 20, int replicasEach = 5_000) =>
        new("bench", Enumerable.Range(0, services).Select(i => new ServiceDemand
        {
            Name = $"svc{i:D2}",
            Replicas = replicasEach,
            Cpus = 0.1 + (0.05 * (i % 5)),
            MemoryBytes = (128 + (64 * (i % 7))) * MiB,
            Preferences = ["node.labels.zone"],
            Constraints = (i % 3) switch
            {
                0 => ["node.labels.tier==app"],
                1 => ["node.labels.disk!=hdd", "node.platform.os==linux"],
                _ => [],
            },
        }).ToArray());
}

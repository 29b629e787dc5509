using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Tests.TestKit;

/// <summary>Builds hosts, services and plans for scheduler tests.</summary>
internal static class Pools
{
    public const long GiB = 1024L * 1024 * 1024;

    public static HostSnapshot Host(string name, double cpus = 4, double memoryGiB = 8, params (string Key, string Value)[] labels) => new()
    {
        Name = name,
        Cpus = cpus,
        MemoryBytes = (long)(memoryGiB * GiB),
        NodeLabels = labels.ToDictionary(label => label.Key, label => label.Value),
    };

    public static HostSnapshot[] Hosts(int count, double cpus = 4, double memoryGiB = 8) =>
        Enumerable.Range(1, count).Select(i => Host($"h{i}", cpus, memoryGiB)).ToArray();

    public static ServiceDemand Service(string name, int replicas = 1, double cpus = 0, double memoryGiB = 0) => new()
    {
        Name = name,
        Replicas = replicas,
        Cpus = cpus,
        MemoryBytes = (long)(memoryGiB * GiB),
    };

    public static DeploymentPlan Plan(IReadOnlyList<HostSnapshot> hosts, string strategy = "spread", int seed = 0, params ServiceDemand[] services) =>
        Schedulers.Create().Plan(hosts, new ProjectDemand("test", services), new PlanOptions { Strategy = strategy, Seed = seed });

    /// <summary>Replicas of <paramref name="service"/> per host name, every host listed.</summary>
    public static Dictionary<string, int> Split(DeploymentPlan plan, string service) =>
        plan.Hosts.ToDictionary(
            host => host.Host,
            host => plan.Placements.Count(p => p.Service == service && p.Host == host.Host));
}

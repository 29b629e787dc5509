using BenchmarkDotNet.Attributes;
using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>Target 1: one service of N identical replicas, 1,000 hosts, 3 label constraints.</summary>
public class IdenticalReplicasBenchmarks
{
    private readonly IPlacementScheduler scheduler = Schedulers.Create();
    private readonly PlanOptions options = new() { Strategy = "spread" };
    private IReadOnlyList<HostSnapshot> hosts = [];
    private ProjectDemand small = null!;
    private ProjectDemand large = null!;
    private (double, long)[] swarmReplicas = [];

    [GlobalSetup]
    public void Setup()
    {
        hosts = Workloads.LabelledHosts(1_000);
        small = Workloads.IdenticalReplicas(10_000);
        large = Workloads.IdenticalReplicas(100_000);
        swarmReplicas = Enumerable.Repeat((0.05, 64 * Workloads.MiB), 10_000).ToArray();
    }

    [Benchmark(Baseline = true, Description = "classic Swarm spread, 10,000 replicas")]
    public int[] ClassicSwarm10k() => new ClassicSwarmRanking(binpack: false).Place(hosts, swarmReplicas, Workloads.ThreeConstraintsHold);

    [Benchmark(Description = "hostpool spread, 10,000 replicas")]
    public DeploymentPlan Hostpool10k() => scheduler.Plan(hosts, small, options);

    [Benchmark(Description = "hostpool spread, 100,000 replicas")]
    public DeploymentPlan Hostpool100k() => scheduler.Plan(hosts, large, options);
}

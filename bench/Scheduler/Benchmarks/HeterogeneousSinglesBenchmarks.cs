using BenchmarkDotNet.Attributes;
using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>Target 2: 1,000 single replicas of different sizes on 10,000 mixed hosts, every host considered.</summary>
public class HeterogeneousSinglesBenchmarks
{
    public const int Services = 1_000;

    private readonly IPlacementScheduler scheduler = Schedulers.Create();
    private IReadOnlyList<HostSnapshot> hosts = [];
    private ProjectDemand project = null!;
    private (double, long)[] swarmReplicas = [];

    [GlobalSetup]
    public void Setup()
    {
        hosts = Workloads.MixedHosts(10_000, seed: 7);
        project = Workloads.HeterogeneousSingles(Services, seed: 11);
        swarmReplicas = project.Services.Select(service => (service.Cpus, service.MemoryBytes)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "classic Swarm spread, 1,000 singles")]
    public int[] ClassicSwarmSpread() => new ClassicSwarmRanking(binpack: false).Place(hosts, swarmReplicas);

    [Benchmark(Description = "hostpool spread, 1,000 singles")]
    public DeploymentPlan HostpoolSpread() => scheduler.Plan(hosts, project, new PlanOptions { Strategy = "spread" });

    [Benchmark(Description = "hostpool binpack, 1,000 singles")]
    public DeploymentPlan HostpoolBinpack() => scheduler.Plan(hosts, project, new PlanOptions { Strategy = "binpack" });
}

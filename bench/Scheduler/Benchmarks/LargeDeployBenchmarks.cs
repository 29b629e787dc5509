using BenchmarkDotNet.Attributes;
using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>Target 3: one deploy of 100,000 replicas (20 services, spread over 3 zones, constraints) on 10,000 hosts.</summary>
public class LargeDeployBenchmarks
{
    private readonly IPlacementScheduler scheduler = Schedulers.Create();
    private IReadOnlyList<HostSnapshot> hosts = [];
    private ProjectDemand project = null!;

    [GlobalSetup]
    public void Setup()
    {
        hosts = Workloads.LabelledHosts(10_000);
        project = Workloads.LargeDeploy();
    }

    [Benchmark(Description = "hostpool spread, 100,000 replicas, 20 services")]
    public DeploymentPlan Hostpool() => scheduler.Plan(hosts, project, new PlanOptions { Strategy = "spread" });
}

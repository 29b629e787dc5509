namespace HostPool.Pool.Scheduling;

/// <summary>
/// Places a whole project against immutable host snapshots: pure, synchronous and deterministic
/// (same snapshots, project and seed give the same plan).
/// </summary>
internal sealed class PlacementScheduler : IPlacementScheduler
{
    public DeploymentPlan Plan(IReadOnlyList<HostSnapshot> hosts, ProjectDemand project, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        HostValidation.Validate(hosts);
        var strategy = PlacementStrategies.Get(options.Strategy, "The deploy");
        var pool = new PoolState(hosts);
        var services = ServiceCompiler.Compile(pool, project, strategy);
        var placer = new ServicePlacer(pool, new Random(options.Seed), options.ListHostsUpTo);
        foreach (var service in ServiceOrder.Compute(services, strategy is BinpackStrategy))
        {
            placer.Place(service);
        }

        var placements = new List<Placement>(services.Sum(service => service.Placements.Count));
        foreach (var service in services)
        {
            placements.AddRange(service.Placements.OrderBy(placement => placement.Replica));
        }

        var unplaced = services.SelectMany(service => service.Unplaced.OrderBy(replica => replica.Replica)).ToArray();
        var usage = new HostUsage[pool.Count];
        for (var host = 0; host < pool.Count; host++)
        {
            usage[host] = new HostUsage(
                pool.NameOf(host),
                hosts[host].State,
                pool.CpuCapacity[host],
                (long)pool.MemoryCapacity[host],
                pool.CpuUsed[host],
                (long)pool.MemoryUsed[host],
                pool.NewReplicas[host]);
        }

        return new DeploymentPlan(project.Name, strategy.Name, options.Seed, placements, unplaced, usage);
    }
}

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
        var random = new Random(options.Seed);
        var placer = new ServicePlacer(pool, random, options.ListHostsUpTo);
        var order = ServiceOrder.Compute(services, strategy is BinpackStrategy);
        var globals = order.Where(service => service.Demand.Mode == ServiceMode.Global && service.DependsOn.Count == 0).ToArray();
        foreach (var service in globals)
        {
            placer.Place(service);
        }

        var packed = order.Where(HostFillPacker.Qualifies).ToArray();
        if (packed.Length > 0)
        {
            new HostFillPacker(pool, random).Pack(packed, (service, host, replica) => placer.Commit(service, host, replica, "binpack", null, false));
        }

        foreach (var service in order.Except(globals))
        {
            if (service.Placements.Count < service.Demand.Replicas || service.Demand.Mode == ServiceMode.Global || service.SharesWith.Length > 0)
            {
                placer.Place(service);
            }
        }

        var placements = new List<Placement>(services.Sum(service => service.Placements.Count));
        foreach (var service in services)
        {
            placements.AddRange(service.Placements);
        }

        var unplaced = services.SelectMany(service => service.Unplaced).ToArray();
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

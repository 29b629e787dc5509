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

        var packer = new HostFillPacker(pool, random);
        var batch = new List<CompiledService>();
        foreach (var service in order.Except(globals))
        {
            if (HostFillPacker.Qualifies(service))
            {
                batch.Add(service);
                continue;
            }

            Flush(batch, packer, placer);
            placer.Place(service);
        }

        Flush(batch, packer, placer);

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

    /// <summary>
    /// Packs a run of consecutive binpack services (in placement order) host by host, then gives what
    /// found no host to the per-service placer for its fallbacks and explanations.
    /// </summary>
    private static void Flush(List<CompiledService> batch, HostFillPacker packer, ServicePlacer placer)
    {
        if (batch.Count == 0)
        {
            return;
        }

        packer.Pack(batch, (service, host, replica) => placer.Commit(service, host, replica, "binpack", null, false));
        foreach (var service in batch.Where(service => service.Placements.Count < service.Demand.Replicas))
        {
            placer.Place(service);
        }

        batch.Clear();
    }
}

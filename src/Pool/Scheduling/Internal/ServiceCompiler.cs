namespace HostPool.Pool.Scheduling;

/// <summary>
/// Binds every service of a project to one plan's pool: parses its rules into filters, resolves the
/// services it shares a host with or has affinity to, and computes its eligible hosts once (rules that
/// are equal across services share one host list).
/// </summary>
internal static class ServiceCompiler
{
    public static CompiledService[] Compile(PoolState pool, ProjectDemand project, IPlacementStrategy defaultStrategy)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < project.Services.Count; i++)
        {
            var demand = project.Services[i];
            Validate(demand);
            if (!byName.TryAdd(demand.Name, i))
            {
                throw new InvalidInputException($"Service '{demand.Name}' is listed twice in project '{project.Name}': give each service one entry.");
            }
        }

        var counts = project.Services.Select(demand => pool.ExistingCounts(project.Name + "/" + demand.Name)).ToArray();
        var hostLists = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var readiness = new ReadinessFilter(pool);
        var (meanCpus, meanMemory) = MeanReadyCapacity(pool);
        var compiled = new CompiledService[project.Services.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            compiled[i] = CompileOne(pool, project, i, counts, byName, readiness, hostLists, defaultStrategy);
            compiled[i].Size = Math.Max(
                meanCpus > 0 ? compiled[i].Cpus / meanCpus : 0,
                meanMemory > 0 ? compiled[i].MemoryBytes / meanMemory : 0);
        }

        foreach (var service in compiled)
        {
            service.SharesWith = service.Demand.ShareHostWith
                .Select(name => compiled[Resolve(byName, name, service.Name, "shares a host with")])
                .ToArray();
            service.DependsOn.AddRange(service.SharesWith);
            foreach (var rule in service.Demand.Affinities.Where(rule => !rule.Service.Contains('/')))
            {
                service.DependsOn.Add(compiled[Resolve(byName, rule.Service, service.Name, "has affinity to")]);
            }
        }

        return compiled;
    }

    private static CompiledService CompileOne(
        PoolState pool,
        ProjectDemand project,
        int index,
        ServiceCounts[] counts,
        Dictionary<string, int> byName,
        ReadinessFilter readiness,
        Dictionary<string, int[]> hostLists,
        IPlacementStrategy defaultStrategy)
    {
        var demand = project.Services[index];
        var hardStatic = new List<IHostFilter> { readiness };
        var softStatic = new List<IHostFilter>();
        foreach (var text in demand.Constraints)
        {
            var constraint = ConstraintExpression.Parse(text, demand.Name);
            (constraint.Soft ? softStatic : hardStatic).Add(new ConstraintFilter(pool, constraint));
        }

        var hardDynamic = new List<IHostFilter>();
        var levels = new List<AttributeColumn>();
        OperatorRules.Compile(pool, demand, counts[index], hardStatic, hardDynamic, levels);
        levels.AddRange(demand.Preferences.Select(preference => pool.Column(HostAttribute.Parse(PreferenceKey(preference), $"Service '{demand.Name}': placement preference '{preference}'"))));
        if (demand.MaxReplicasPerNode is > 0 and var limit)
        {
            hardDynamic.Add(new MaxPerNodeFilter(counts[index], limit));
        }

        if (demand.Ports.Count > 0)
        {
            hardDynamic.Add(new PortFilter(pool, demand.Ports));
        }

        var softDynamic = new List<IHostFilter>();
        foreach (var rule in demand.Affinities)
        {
            var target = rule.Service.Contains('/')
                ? pool.ExistingCounts(rule.Service)
                : counts[Resolve(byName, rule.Service, demand.Name, "has affinity to")];
            (rule.Soft ? softDynamic : hardDynamic).Add(new AffinityFilter(rule, target));
        }

        var strategy = demand.Strategy is null
            ? defaultStrategy
            : PlacementStrategies.Get(demand.Strategy, $"Service '{demand.Name}' (x-hostpool.strategy)");
        return new CompiledService
        {
            Demand = demand,
            Position = index,
            Strategy = strategy,
            Counts = counts[index],
            HardStatic = [.. hardStatic],
            SoftStatic = [.. softStatic],
            HardDynamic = [.. hardDynamic],
            SoftDynamic = [.. softDynamic],
            Levels = [.. levels],
            StrictHosts = Eligible(pool, hardStatic.Concat(softStatic).ToList(), hostLists),
            RelaxedHosts = Eligible(pool, hardStatic, hostLists),
        };
    }

    private static string PreferenceKey(string preference)
    {
        var key = preference.Trim();
        return key.StartsWith("spread", StringComparison.OrdinalIgnoreCase) && key.Contains(':')
            ? key[(key.IndexOf(':') + 1)..].Trim()
            : key;
    }

    private static int[] Eligible(PoolState pool, List<IHostFilter> filters, Dictionary<string, int[]> cache)
    {
        var signature = string.Join('\n', filters.Select(filter => filter.Key).Order(StringComparer.Ordinal));
        if (cache.TryGetValue(signature, out var hosts))
        {
            return hosts;
        }

        var eligible = new List<int>(pool.Count);
        for (var host = 0; host < pool.Count; host++)
        {
            if (filters.TrueForAll(filter => filter.Accepts(host)))
            {
                eligible.Add(host);
            }
        }

        hosts = [.. eligible];
        cache.Add(signature, hosts);
        return hosts;
    }

    private static (double Cpus, double Memory) MeanReadyCapacity(PoolState pool)
    {
        double cpus = 0, memory = 0;
        var ready = 0;
        for (var host = 0; host < pool.Count; host++)
        {
            if (pool.Ready[host])
            {
                cpus += pool.CpuCapacity[host];
                memory += pool.MemoryCapacity[host];
                ready++;
            }
        }

        return ready == 0 ? (0, 0) : (cpus / ready, memory / ready);
    }

    private static int Resolve(Dictionary<string, int> byName, string name, string service, string relation) =>
        byName.TryGetValue(name, out var index)
            ? index
            : throw new InvalidInputException(
                $"Service '{service}' {relation} '{name}', which is not a service of the project; fix the name, or write PROJECT/SERVICE for a service that already runs.");

    private static void Validate(ServiceDemand demand)
    {
        if (string.IsNullOrWhiteSpace(demand.Name))
        {
            throw new InvalidInputException("A service has no name: give every service a name.");
        }

        if (demand.Replicas < 0 || demand.Cpus < 0 || demand.MemoryBytes < 0 || double.IsNaN(demand.Cpus))
        {
            throw new InvalidInputException(
                $"Service '{demand.Name}': replicas, cpus and memory must be zero or more; fix deploy.replicas and deploy.resources.reservations.");
        }
    }
}

namespace HostPool.Pool.Scheduling;

/// <summary>
/// The order in which a project's services are placed: every service after those it shares a host
/// with or has affinity to; among the ready ones, global services first, then (binpack) the largest
/// replicas first, or (spread, random) the most constrained first; then declaration order.
/// </summary>
internal static class ServiceOrder
{
    public static List<CompiledService> Compute(IReadOnlyList<CompiledService> services, bool largestFirst)
    {
        var waiting = services.ToDictionary(service => service, service => service.DependsOn.Distinct().Count(other => other != service));
        if (services.Any(service => service.DependsOn.Contains(service)))
        {
            var self = services.First(service => service.DependsOn.Contains(service));
            throw new InvalidInputException($"Service '{self.Name}' shares a host with or has affinity to itself; remove that reference.");
        }

        var dependents = services.ToDictionary(service => service, _ => new List<CompiledService>());
        foreach (var service in services)
        {
            foreach (var dependency in service.DependsOn.Distinct())
            {
                dependents[dependency].Add(service);
            }
        }

        var ready = new PriorityQueue<CompiledService, CompiledService>(Comparer<CompiledService>.Create((a, b) => Compare(a, b, largestFirst)));
        foreach (var service in services.Where(service => waiting[service] == 0))
        {
            ready.Enqueue(service, service);
        }

        var order = new List<CompiledService>(services.Count);
        while (ready.TryDequeue(out var next, out _))
        {
            order.Add(next);
            foreach (var dependent in dependents[next])
            {
                if (--waiting[dependent] == 0)
                {
                    ready.Enqueue(dependent, dependent);
                }
            }
        }

        if (order.Count < services.Count)
        {
            var cycle = services.Where(service => waiting[service] > 0).Select(service => $"'{service.Name}'");
            throw new InvalidInputException($"Services {string.Join(", ", cycle)} depend on each other in a cycle (shared host or affinity); break the cycle.");
        }

        return order;
    }

    private static int Compare(CompiledService a, CompiledService b, bool largestFirst)
    {
        var global = (b.Demand.Mode == ServiceMode.Global).CompareTo(a.Demand.Mode == ServiceMode.Global);
        if (global != 0)
        {
            return global;
        }

        var size = b.Size.CompareTo(a.Size);
        var constrained = a.StrictHosts.Length.CompareTo(b.StrictHosts.Length);
        var first = largestFirst ? size : constrained;
        var second = largestFirst ? constrained : size;
        return first != 0 ? first : second != 0 ? second : a.Position.CompareTo(b.Position);
    }
}

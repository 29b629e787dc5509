using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>
/// Answers "how many hosts of this size do I need?": starts at the resource lower bound, doubles until
/// the plan is complete, then bisects. This assumes that a plan complete on N hosts is complete on more,
/// which holds for capacity, ports, max-per-node and constraints over dealt labels.
/// </summary>
public static class MinHostsSearch
{
    public static MinHostsResult Find(SimulatedHostShape shape, ProjectDemand project, PlanOptions options, int maxHosts = 100_000)
    {
        var scheduler = Schedulers.Create();
        DeploymentPlan PlanOn(int count) => scheduler.Plan(shape.Build(count), project, options);

        var low = Math.Min(maxHosts, LowerBound(shape, project));
        var plan = PlanOn(low);
        if (plan.IsComplete)
        {
            return new MinHostsResult(low, low, plan);
        }

        var failed = low;
        var high = low;
        while (true)
        {
            if (high >= maxHosts)
            {
                return new MinHostsResult(null, maxHosts, plan);
            }

            failed = high;
            high = (int)Math.Min(maxHosts, (long)high * 2);
            plan = PlanOn(high);
            if (plan.IsComplete)
            {
                break;
            }
        }

        var best = plan;
        while (high - failed > 1)
        {
            var middle = failed + ((high - failed) / 2);
            var candidate = PlanOn(middle);
            if (candidate.IsComplete)
            {
                high = middle;
                best = candidate;
            }
            else
            {
                failed = middle;
            }
        }

        return new MinHostsResult(high, high, best);
    }

    private static int LowerBound(SimulatedHostShape shape, ProjectDemand project)
    {
        var replicated = project.Services.Where(service => service.Mode == ServiceMode.Replicated).ToArray();
        var cpus = replicated.Sum(service => service.Cpus * service.Replicas);
        var memory = replicated.Sum(service => (double)service.MemoryBytes * service.Replicas);
        var bound = Math.Max(Math.Ceiling(cpus / shape.Cpus - 1e-9), Math.Ceiling(memory / shape.MemoryBytes - 1e-9));
        return (int)Math.Clamp(bound, 1, int.MaxValue);
    }
}

using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>
/// Runs hostpool's binpack and spread and the classic Swarm ranking on one instance. Binpack gets half
/// again the lower bound plus two; spread gets enough hosts for about 60% reservation.
/// </summary>
public static class PackingEvaluation
{
    public static InstanceOutcome Evaluate(PackingInstance instance)
    {
        var scheduler = Schedulers.Create();
        var bound = instance.LowerBound();
        var project = instance.Project();
        var binpackHosts = instance.Hosts((int)Math.Ceiling(bound * 1.5) + 2);
        var binpack = scheduler.Plan(binpackHosts, project, new PlanOptions { Strategy = "binpack", Seed = instance.Seed });
        var swarmBinpack = new ClassicSwarmRanking(binpack: true);
        var arrival = HostsUsed(swarmBinpack.Place(binpackHosts, instance.Items));
        var sorted = HostsUsed(swarmBinpack.Place(binpackHosts, instance.Items.OrderByDescending(Largest).ToArray()));

        var spreadHosts = instance.Hosts((int)Math.Ceiling(bound / 0.6));
        var spread = scheduler.Plan(spreadHosts, project, new PlanOptions { Strategy = "spread", Seed = instance.Seed });
        var spreadCv = Balance(spread.Hosts.Select(h => (h.ReservedCpus, (double)h.ReservedMemoryBytes)).ToArray());
        var swarmSpread = new ClassicSwarmRanking(binpack: false).Place(spreadHosts, instance.Items);
        var swarmCv = Balance(SwarmLoads(spreadHosts.Count, swarmSpread, instance.Items));
        return new InstanceOutcome(
            instance.Class,
            bound,
            binpack.HostsUsed,
            arrival,
            sorted,
            spreadCv,
            swarmCv,
            binpack.IsComplete && spread.IsComplete && !swarmSpread.Contains(-1));
    }

    private static double Largest((double Cpus, long Memory) item) =>
        Math.Max(item.Cpus / PackingInstance.HostCpus, (double)item.Memory / PackingInstance.HostMemory);

    private static int HostsUsed(int[] chosen) => chosen.Where(host => host >= 0).Distinct().Count();

    private static (double, double)[] SwarmLoads(int hosts, int[] chosen, IReadOnlyList<(double Cpus, long Memory)> items)
    {
        var loads = new (double Cpu, double Memory)[hosts];
        for (var i = 0; i < chosen.Length; i++)
        {
            if (chosen[i] >= 0)
            {
                loads[chosen[i]].Cpu += items[i].Cpus;
                loads[chosen[i]].Memory += items[i].Memory;
            }
        }

        return loads;
    }

    /// <summary>The mean of the coefficients of variation of reserved cpu and of reserved memory over hosts.</summary>
    private static double Balance((double Cpu, double Memory)[] loads) =>
        (Cv(loads.Select(load => load.Cpu).ToArray()) + Cv(loads.Select(load => load.Memory).ToArray())) / 2;

    private static double Cv(double[] values)
    {
        var mean = values.Average();
        if (mean == 0)
        {
            return 0;
        }

        var variance = values.Sum(value => (value - mean) * (value - mean)) / values.Length;
        return Math.Sqrt(variance) / mean;
    }
}

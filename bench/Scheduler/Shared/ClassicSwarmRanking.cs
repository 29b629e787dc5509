using HostPool.Pool.Scheduling;

namespace HostPool.Scheduler.Bench;

/// <summary>
/// A reimplementation of classic Swarm's placement ranking (scheduler/strategy weighNodes): for every
/// replica, every host passing the filters is weighed cpu% + mem% after the placement (integer
/// percents, hosts going over 100% dropped), then sorted: spread ascending, binpack descending, ties by
/// container count. Constraints are evaluated per host per placement, as Swarm's filters are.
/// Replicas are placed in the order given (Swarm sees containers one by one).
/// </summary>
public sealed class ClassicSwarmRanking(bool binpack)
{
    public int[] Place(IReadOnlyList<HostSnapshot> hosts, IReadOnlyList<(double Cpus, long Memory)> replicas, Func<HostSnapshot, bool>? constraint = null)
    {
        var count = hosts.Count;
        var usedCpu = new long[count];
        var usedMemory = new long[count];
        var containers = new int[count];
        var totalCpu = new long[count];
        for (var host = 0; host < count; host++)
        {
            totalCpu[host] = (long)Math.Round(hosts[host].Cpus * 1000);
            usedCpu[host] = (long)Math.Round(hosts[host].ReservedCpus * 1000);
            usedMemory[host] = hosts[host].ReservedMemoryBytes;
        }

        var chosen = new int[replicas.Count];
        var candidates = new List<(int Host, long Weight)>(count);
        for (var i = 0; i < replicas.Count; i++)
        {
            var cpu = (long)Math.Round(replicas[i].Cpus * 1000);
            var memory = replicas[i].Memory;
            candidates.Clear();
            for (var host = 0; host < count; host++)
            {
                if (hosts[host].State != HostReadiness.Ready || (constraint is not null && !constraint(hosts[host])))
                {
                    continue;
                }

                long cpuScore = 100, memoryScore = 100;
                if (cpu > 0)
                {
                    cpuScore = (usedCpu[host] + cpu) * 100 / totalCpu[host];
                }

                if (memory > 0)
                {
                    memoryScore = (usedMemory[host] + memory) * 100 / hosts[host].MemoryBytes;
                }

                if (cpuScore <= 100 && memoryScore <= 100 && usedCpu[host] + cpu <= totalCpu[host] && usedMemory[host] + memory <= hosts[host].MemoryBytes)
                {
                    candidates.Add((host, cpuScore + memoryScore));
                }
            }

            if (candidates.Count == 0)
            {
                chosen[i] = -1;
                continue;
            }

            candidates.Sort((a, b) =>
            {
                var order = a.Weight != b.Weight ? a.Weight.CompareTo(b.Weight) : containers[a.Host].CompareTo(containers[b.Host]);
                return binpack ? -order : order;
            });
            var best = candidates[0].Host;
            chosen[i] = best;
            usedCpu[best] += cpu;
            usedMemory[best] += memory;
            containers[best]++;
        }

        return chosen;
    }
}

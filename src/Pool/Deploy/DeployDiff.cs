using HostPool.Pool.Membership;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Compares what should run with what runs, replica by replica (service and number): a running container on the
/// planned host with the same config hash is left alone; anything else of the project is removed and the
/// replica created anew. Pure: no engine is asked.
/// </summary>
internal static class DeployDiff
{
    public static (IReadOnlyList<HostChanges> Changes, IReadOnlyList<ReplicaOutcome> Unchanged) Compute(
        IReadOnlyList<PoolHostView> hosts, IReadOnlyList<ReplicaSpec> desired, string project)
    {
        var wanted = desired.ToDictionary(s => (s.Service, s.Replica));
        var kept = new HashSet<(string, int)>();
        var unchanged = new List<ReplicaOutcome>();
        var removals = new Dictionary<string, List<ProjectContainer>>(StringComparer.Ordinal);
        foreach (var host in hosts)
        {
            foreach (var container in host.Containers.Where(c => c.Project == project))
            {
                var key = (container.Service, container.Replica);
                if (wanted.TryGetValue(key, out var spec) && spec.Host == host.Record.Name && spec.ConfigHash == container.ConfigHash
                    && container.State == "running" && kept.Add(key))
                {
                    unchanged.Add(new ReplicaOutcome(container.Service, container.Replica, host.Record.Name, "unchanged", container.Id));
                    continue;
                }

                removals.TryAdd(host.Record.Name, []);
                removals[host.Record.Name].Add(container);
            }
        }

        var creations = desired.Where(s => !kept.Contains((s.Service, s.Replica))).ToLookup(s => s.Host, StringComparer.Ordinal);
        var changes = hosts
            .Where(h => removals.ContainsKey(h.Record.Name) || creations.Contains(h.Record.Name))
            .Select(h => new HostChanges(h.Record, removals.GetValueOrDefault(h.Record.Name) ?? [], [.. creations[h.Record.Name]]))
            .ToList();
        return (changes, unchanged);
    }
}

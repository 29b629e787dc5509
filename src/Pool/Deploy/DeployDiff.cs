using HostPool.Pool.Membership;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Compares what should run with what runs, replica by replica (service and number): a current container on the
/// planned host with the same config hash that is up (running, or a one-shot that completed) is left alone;
/// otherwise the replica is created, replaced or removed. Containers kept for rollback are not looked at.
/// Pure: no engine is asked.
/// </summary>
internal static class DeployDiff
{
    public static (IReadOnlyList<ReplicaChange> Changes, IReadOnlyList<ReplicaOutcome> Unchanged) Compute(
        IReadOnlyList<PoolHostView> hosts, IReadOnlyList<ReplicaSpec> desired, string project)
    {
        var running = hosts.SelectMany(h => h.Containers)
            .Where(c => c.Project == project && c.IsCurrent)
            .GroupBy(c => (c.Service, c.Replica))
            .ToDictionary(g => g.Key, g => g.ToList());
        var changes = new List<ReplicaChange>();
        var unchanged = new List<ReplicaOutcome>();
        foreach (var spec in desired)
        {
            var existing = running.Remove((spec.Service, spec.Replica), out var found) ? found : [];
            var keep = existing.FirstOrDefault(c => c.Host == spec.Host && c.ConfigHash == spec.ConfigHash && c.IsUp);
            if (keep is not null)
            {
                unchanged.Add(new ReplicaOutcome(spec.Service, spec.Replica, spec.Host, "unchanged", keep.Id));
                if (existing.Count > 1)
                {
                    changes.Add(new ReplicaChange(spec.Service, spec.Replica, null, null) { Strays = [.. existing.Where(c => c != keep)] });
                }

                continue;
            }

            var current = existing.OrderByDescending(c => c.State == "running").FirstOrDefault();
            changes.Add(new ReplicaChange(spec.Service, spec.Replica, current, spec) { Strays = [.. existing.Where(c => c != current)] });
        }

        foreach (var ((service, replica), left) in running)
        {
            changes.Add(new ReplicaChange(service, replica, left[0], null) { Strays = left[1..] });
        }

        return (changes, unchanged);
    }
}

using HostPool.Compose.Model;
using HostPool.Pool.Membership;
using HostPool.Pool.Scheduling;
using Placement = HostPool.Pool.Scheduling.Placement;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Keeps a replica with a named volume of the project on the host that holds its data: a current replica of such
/// a service on a host that answers and is not drained is placed where it is (its reservation counted there),
/// and only the remaining replicas are planned. A replica whose host is down or drained is planned anew (its
/// data stays on the old host's volume; the report names the move).
/// </summary>
internal static class VolumePinning
{
    public const string Rule = "kept with its volume";

    public static (ProjectDemand Remaining, IReadOnlyList<HostSnapshot> Snapshots, IReadOnlyList<Placement> Pinned) Apply(
        ComposeProject project, ProjectDemand demand, IReadOnlyList<PoolHostView> hosts, IReadOnlyList<HostSnapshot> snapshots)
    {
        var usable = hosts.Where(h => h.Answers && !h.IsDrained).Select(h => h.Record.Name).ToHashSet(StringComparer.Ordinal);
        var pinned = new List<Placement>();
        var services = new List<ServiceDemand>();
        var bySnapshot = snapshots.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var service in demand.Services)
        {
            if (service.Mode != ServiceMode.Replicated || !project.Services.TryGetValue(service.Name, out var compose) || !HasOwnVolume(project, compose))
            {
                services.Add(service);
                continue;
            }

            var kept = hosts.SelectMany(h => h.Containers)
                .Where(c => c.IsCurrent && c.Project == project.Name && c.Service == service.Name && c.Replica <= service.Replicas && usable.Contains(c.Host))
                .GroupBy(c => c.Replica).Select(g => g.First()).OrderBy(c => c.Replica).ToList();
            foreach (var container in kept)
            {
                pinned.Add(new Placement(service.Name, container.Replica, container.Host, new PlacementReason(Rule, null, 1, 0, 0, false)));
                var host = bySnapshot[container.Host];
                bySnapshot[container.Host] = host with
                {
                    ReservedCpus = host.ReservedCpus + service.Cpus,
                    ReservedMemoryBytes = host.ReservedMemoryBytes + service.MemoryBytes,
                    Replicas = [.. host.Replicas, new ExistingReplica(project.Name, service.Name, service.Ports)],
                };
            }

            services.Add(service with { Replicas = service.Replicas - kept.Count });
        }

        return (demand with { Services = services }, [.. snapshots.Select(s => bySnapshot[s.Name])], pinned);
    }

    /// <summary>The plan of the remaining replicas, renumbered around the kept ones, with the kept ones added.</summary>
    public static DeploymentPlan Merge(DeploymentPlan plan, IReadOnlyList<Placement> pinned)
    {
        if (pinned.Count == 0)
        {
            return plan;
        }

        var placements = new List<Placement>(pinned);
        foreach (var service in plan.Placements.GroupBy(p => p.Service, StringComparer.Ordinal))
        {
            var taken = pinned.Where(p => p.Service == service.Key).Select(p => p.Replica).ToHashSet();
            var free = Enumerable.Range(1, int.MaxValue).Where(n => !taken.Contains(n)).GetEnumerator();
            foreach (var placement in service.OrderBy(p => p.Replica))
            {
                free.MoveNext();
                placements.Add(placement with { Replica = free.Current });
            }
        }

        return plan with { Placements = [.. placements.OrderBy(p => p.Service, StringComparer.Ordinal).ThenBy(p => p.Replica)] };
    }

    private static bool HasOwnVolume(ComposeProject project, ComposeService service) =>
        service.Volumes.Any(v => v.Type == "volume" && v.Source is not null && project.Volumes.TryGetValue(v.Source, out var volume) && !volume.External);
}

using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Pool.Membership;
using HostPool.Pool.Networking;
using HostPool.Pool.Scheduling;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Deploy;

/// <summary>Plans a project against the live pool and makes each host match, hosts in parallel (bounded).</summary>
internal sealed class ProjectDeployer(ILivePool pool, IEngineClientFactory engines) : IProjectDeployer
{
    public async Task<DeployReport> DeployAsync(DeployRequest request, CancellationToken cancellationToken)
    {
        var hosts = PoolScope.Of(await pool.ReadAsync(request.Pool, cancellationToken), request.Pool);
        var plan = Schedulers.Create().Plan(PoolSnapshots.Build(hosts, request.Project.Name), request.Demand, request.Options);
        if (!plan.IsComplete)
        {
            throw new UnplacedReplicasException(plan);
        }

        var project = request.Project;
        var files = project.Services.ToDictionary(s => s.Key, s => ContainerFiles.Of(project, s.Value, request.Environment), StringComparer.Ordinal);
        SwarmState? swarm = null;
        if (!request.DryRun)
        {
            swarm = await new PoolSwarm(engines).EnsureAsync(hosts, cancellationToken);
            using var manager = engines.Create(swarm.Manager);
            await ProjectNetworks.EnsureAsync(manager, project, ContainerNetworking.Used(project), cancellationToken);
        }

        var clusterId = swarm?.ClusterId ?? PoolSwarm.PickManager([.. hosts.Where(h => h.Answers)])?.Engine!.Swarm.ClusterId ?? string.Empty;
        var demands = request.Demand.Services.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var desired = plan.Placements
            .Select(p => ContainerSpecBuilder.Build(project, project.Services[p.Service], p, demands[p.Service], clusterId, files[p.Service]))
            .ToList();
        var (changes, unchanged) = DeployDiff.Compute(hosts, desired, project.Name);
        if (request.DryRun)
        {
            return new DeployReport(plan, [.. unchanged, .. changes.SelectMany(DryRunOutcomes)]);
        }

        var sources = hosts.Where(h => h.Answers).Select(h => h.Record).ToList();
        var applier = new HostApplier(engines, new ImageDistributor(engines, sources));
        var outcomes = new List<ReplicaOutcome>(unchanged);
        await Parallel.ForEachAsync(
            changes,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallelism), CancellationToken = cancellationToken },
            async (host, token) =>
            {
                var done = swarm!.Failures.TryGetValue(host.Host.Name, out var failure)
                    ? [.. host.Create.Select(c => new ReplicaOutcome(c.Service, c.Replica, host.Host.Name, "not created", null, failure))]
                    : await applier.ApplyAsync(host, token);
                lock (outcomes)
                {
                    outcomes.AddRange(done);
                }
            });
        return new DeployReport(plan, [.. outcomes.OrderBy(o => o.Service, StringComparer.Ordinal).ThenBy(o => o.Replica).ThenBy(o => o.Action, StringComparer.Ordinal)])
        {
            Notes = swarm!.Notes,
        };
    }

    public async Task<IReadOnlyList<ReplicaOutcome>> DownAsync(string project, string? poolName, bool removeVolumes, CancellationToken cancellationToken)
    {
        var hosts = (await pool.ReadAsync(poolName, cancellationToken)).Where(h => h.Answers).ToList();
        var outcomes = new List<ReplicaOutcome>();
        await Parallel.ForEachAsync(hosts, cancellationToken, async (host, token) =>
        {
            using var engine = engines.Create(host.Record);
            var removed = new List<ReplicaOutcome>();
            foreach (var container in await ProjectContainers.ListAsync(engine, host.Record.Name, project, token))
            {
                var error = await TryAsync(() => HostApplier.RemoveAsync(engine, container.Id, token));
                removed.Add(new ReplicaOutcome(container.Service, container.Replica, host.Record.Name, "removed", container.Id, error));
            }

            if (removeVolumes)
            {
                var volumes = await engine.Volumes.ListAsync(
                    new VolumesListParameters { Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{ContainerLabels.VolumeProject}={project}"] = true } } },
                    token);
                foreach (var volume in volumes.Volumes ?? [])
                {
                    await engine.Volumes.RemoveAsync(volume.Name, force: true, token);
                }
            }

            lock (outcomes)
            {
                outcomes.AddRange(removed);
            }
        });
        if (hosts.FirstOrDefault(h => h.Engine!.Swarm is { IsActive: true, IsManager: true }) is { } manager && outcomes.All(o => !o.Failed))
        {
            using var engine = engines.Create(manager.Record);
            await ProjectNetworks.RemoveAsync(engine, project, cancellationToken);
        }

        return [.. outcomes.OrderBy(o => o.Service, StringComparer.Ordinal).ThenBy(o => o.Replica)];
    }

    public async Task<IReadOnlyList<ProjectContainer>> ListAsync(string? project, string? poolName, CancellationToken cancellationToken)
    {
        var hosts = await pool.ReadAsync(poolName, cancellationToken);
        return [.. hosts.SelectMany(h => h.Containers)
            .Where(c => project is null || c.Project == project)
            .OrderBy(c => c.Project, StringComparer.Ordinal).ThenBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Replica)];
    }

    private static IEnumerable<ReplicaOutcome> DryRunOutcomes(HostChanges changes)
    {
        var replaced = changes.Remove.Select(c => (c.Service, c.Replica)).ToHashSet();
        var created = changes.Create.Select(c => (c.Service, c.Replica)).ToHashSet();
        foreach (var container in changes.Remove.Where(c => !created.Contains((c.Service, c.Replica))))
        {
            yield return new ReplicaOutcome(container.Service, container.Replica, changes.Host.Name, "would remove", container.Id);
        }

        foreach (var spec in changes.Create)
        {
            yield return new ReplicaOutcome(spec.Service, spec.Replica, changes.Host.Name, replaced.Contains((spec.Service, spec.Replica)) ? "would replace" : "would create", null);
        }
    }

    private static async Task<string?> TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (DockerApiException exception)
        {
            return $"engine answered {(int)exception.StatusCode}: {exception.ResponseBody?.Trim()}";
        }
    }
}

using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Pool.Membership;
using HostPool.Pool.Networking;
using HostPool.Pool.Scheduling;
using HostPool.Providers.Engine;
using HostPool.Providers.Hosts;

namespace HostPool.Pool.Deploy;

/// <summary>Plans a project against the live pool and makes each host match, hosts in parallel (bounded).</summary>
internal sealed class ProjectDeployer(ILivePool pool, IEngineClientFactory engines, PoolClusterPorts clusterPorts, TimeProvider time) : IProjectDeployer
{
    private const int RemovalsPerHost = 8;

    public async Task<DeployReport> DeployAsync(DeployRequest request, CancellationToken cancellationToken)
    {
        var hosts = PoolScope.Of(await pool.ReadAsync(request.Pool, cancellationToken), request.Pool);
        var project = request.Project;
        var (rest, snapshots, pinned) = VolumePinning.Apply(project, request.Demand, hosts, PoolSnapshots.Build(hosts, project.Name));
        var plan = VolumePinning.Merge(Schedulers.Create().Plan(snapshots, rest, request.Options), pinned);
        if (!plan.IsComplete)
        {
            throw new UnplacedReplicasException(plan);
        }

        var files = project.Services.ToDictionary(s => s.Key, s => ContainerFiles.Of(project, s.Value, request.Environment), StringComparer.Ordinal);
        SwarmState? swarm = null;
        if (!request.DryRun)
        {
            // Before any host joins: only the pool's members may reach the cluster ports of a host without a provider firewall.
            await clusterPorts.RestrictAsync([.. hosts.Select(h => h.Record)], cancellationToken);
            try
            {
                swarm = await new PoolSwarm(engines).EnsureAsync(hosts, cancellationToken);
                using var manager = engines.Create(swarm.Manager);
                await ProjectNetworks.EnsureAsync(manager, project, ContainerNetworking.Used(project), cancellationToken);
            }
            catch (DockerApiException exception)
            {
                throw new ProviderException(
                    $"the pool's cluster answered {(int)exception.StatusCode}: {exception.ResponseBody?.Trim()}; no container of '{project.Name}' was changed. Run deploy again; if it persists, check the hosts with `hostpool ls`");
            }
        }

        var clusterId = swarm?.ClusterId ?? PoolSwarm.PickManager([.. hosts.Where(h => h.Answers)])?.Engine!.Swarm.ClusterId ?? string.Empty;
        var deployId = EngineRetries.DeployId(time);
        var demands = request.Demand.Services.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var desired = plan.Placements
            .Select(p => ContainerSpecBuilder.Build(project, project.Services[p.Service], p, demands[p.Service], clusterId, files[p.Service]))
            .ToList();
        foreach (var spec in desired)
        {
            spec.Parameters.Labels[ContainerLabels.Deploy] = deployId;
        }

        var (changes, unchanged) = DeployDiff.Compute(hosts, desired, project.Name);
        if (request.DryRun)
        {
            return new DeployReport(plan, [.. unchanged, .. changes.SelectMany(DryRunOutcomes)]);
        }

        using var engineSet = new EngineSet(engines, request.PerHostOperations);
        var images = new ImageDistributor(engines, [.. hosts.Where(h => h.Answers).Select(h => h.Record)]);
        var context = new RolloutContext(
            engineSet,
            hosts.ToDictionary(h => h.Record.Name, h => h.Record, StringComparer.Ordinal),
            deployId,
            new ReplicaMonitor(time),
            time,
            ReadyCheck(engineSet, images, swarm!.Failures, hosts))
        {
            Progress = request.Progress,
        };
        var outcomes = await new ProjectRollout(context, project, changes, unchanged, hosts).RunAsync(cancellationToken);
        return new DeployReport(plan, [.. outcomes.OrderBy(o => o.Service, StringComparer.Ordinal).ThenBy(o => o.Replica).ThenBy(o => o.Action, StringComparer.Ordinal)])
        {
            Notes = swarm.Notes,
            DeployId = deployId,
        };
    }

    public async Task<IReadOnlyList<ReplicaOutcome>> DownAsync(string project, string? poolName, bool removeVolumes, CancellationToken cancellationToken)
    {
        var hosts = (await pool.ReadAsync(poolName, cancellationToken)).Where(h => h.Answers).ToList();
        var outcomes = new List<ReplicaOutcome>();
        await EngineWork.ForEachAsync(hosts, cancellationToken, async (host, token) =>
        {
            using var engine = engines.Create(host.Record);
            var removed = new List<ReplicaOutcome>();
            await Parallel.ForEachAsync(
                await ProjectContainers.ListAsync(engine, host.Record.Name, project, token),
                new ParallelOptions { MaxDegreeOfParallelism = RemovalsPerHost, CancellationToken = token },
                async (container, inner) =>
                {
                    var error = await EngineErrors.TryAsync(() => ReplicaOperations.RemoveAsync(engine, container.Id, inner));
                    lock (removed)
                    {
                        removed.Add(new ReplicaOutcome(container.Service, container.Replica, host.Record.Name, "removed", container.Id, error));
                    }
                });

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

    public Task<IReadOnlyList<ReplicaOutcome>> RollbackAsync(string project, IReadOnlyList<string> services, string? poolName, CancellationToken cancellationToken) =>
        new ProjectRollback(pool, engines, time).RollbackAsync(project, services, poolName, cancellationToken);

    public async Task<IReadOnlyList<ProjectContainer>> ListAsync(string? project, string? poolName, CancellationToken cancellationToken)
    {
        var hosts = await pool.ReadAsync(poolName, cancellationToken);
        return [.. hosts.SelectMany(h => h.Containers)
            .Where(c => c.IsCurrent && (project is null || c.Project == project))
            .OrderBy(c => c.Project, StringComparer.Ordinal).ThenBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Replica)];
    }

    private static IEnumerable<ReplicaOutcome> DryRunOutcomes(ReplicaChange change) =>
        change.Strays.Select(s => new ReplicaOutcome(s.Service, s.Replica, s.Host, "would remove", s.Id))
            .Append(new ReplicaOutcome(change.Service, change.Replica, change.Desired?.Host ?? change.Current?.Host ?? string.Empty, "would " + change.Kind, change.Current?.Id))
            .Where(o => o.Action != "would tidy");

    /// <summary>
    /// Whether a replica may start on a host: the host joined the pool's cluster, and the image is there (streamed
    /// from another engine or pulled, once per host and image however many replicas need it).
    /// </summary>
    private static Func<ReplicaSpec, CancellationToken, Task<string?>> ReadyCheck(
        EngineSet engineSet, ImageDistributor images, IReadOnlyDictionary<string, string> swarmFailures, IReadOnlyList<PoolHostView> hosts)
    {
        var records = hosts.ToDictionary(h => h.Record.Name, h => h.Record, StringComparer.Ordinal);
        var prepared = new Dictionary<(string, string, string?), Task<string?>>();
        return (spec, cancellationToken) =>
        {
            if (swarmFailures.TryGetValue(spec.Host, out var failure))
            {
                return Task.FromResult<string?>(failure);
            }

            lock (prepared)
            {
                var key = (spec.Host, spec.Image, spec.PullPolicy);
                if (!prepared.TryGetValue(key, out var ready))
                {
                    var host = records[spec.Host];
                    ready = EngineErrors.TryAsync(() => images.EnsureAsync(engineSet.For(host), host, spec.Image, spec.PullPolicy, cancellationToken));
                    prepared[key] = ready;
                }

                return ready;
            }
        };
    }
}

using HostPool.Compose.Model;
using HostPool.Pool.Membership;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Runs every service's rollout at once, except that a service with replicas to start first waits for the
/// services it <c>depends_on</c> (their rollout, then their condition, on whatever hosts they run). When a
/// condition fails, that service's new replicas are not started and say why; its current containers stay.
/// Services gone from the file are removed (kept for rollback like any removed replica).
/// </summary>
internal sealed class ProjectRollout(
    RolloutContext context, ComposeProject project, IReadOnlyList<ReplicaChange> changes, IReadOnlyList<ReplicaOutcome> unchanged, IReadOnlyList<PoolHostView> hosts)
{
    private readonly Dictionary<string, Task<ServiceResult>> _services = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ProjectContainer> _kept = [.. hosts.SelectMany(h => h.Containers).Where(c => c.Project == project.Name && !c.IsCurrent)];

    public async Task<IReadOnlyList<ReplicaOutcome>> RunAsync(CancellationToken cancellationToken)
    {
        var names = project.Services.Keys.Concat(changes.Select(c => c.Service)).Distinct(StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(names.Select(name => ServiceAsync(name, cancellationToken)));
        return [.. unchanged, .. results.SelectMany(r => r.Outcomes)];
    }

    private Task<ServiceResult> ServiceAsync(string name, CancellationToken cancellationToken)
    {
        lock (_services)
        {
            if (!_services.TryGetValue(name, out var task))
            {
                task = Task.Run(() => RunServiceAsync(name, cancellationToken), cancellationToken);
                _services[name] = task;
            }

            return task;
        }
    }

    private async Task<ServiceResult> RunServiceAsync(string name, CancellationToken cancellationToken)
    {
        var own = changes.Where(c => c.Service == name).ToList();
        var service = project.Services.GetValueOrDefault(name);
        var policy = service is null ? RolloutPolicy.Of(new ComposeService(name)) : RolloutPolicy.Of(service);
        if (service is not null && own.Any(c => c.Desired is not null))
        {
            foreach (var (dependency, condition) in service.DependsOn.Where(d => project.Services.ContainsKey(d.Key)))
            {
                foreach (var waiting in own.Where(c => c.Desired is not null))
                {
                    context.Progress?.Report(new ReplicaOutcome(name, waiting.Replica, waiting.Desired!.Host, $"waiting for {dependency} ({condition.Condition})", null));
                }

                var done = await ServiceAsync(dependency, cancellationToken);
                var live = unchanged.Where(o => o.Service == dependency).Select(o => (o.Host, o.ContainerId!)).Concat(done.Started).ToList();
                if (await new DependencyGate(context).WaitAsync(dependency, condition, live, cancellationToken) is { } unmet)
                {
                    var blocked = own.Where(c => c.Desired is not null)
                        .Select(c => new ReplicaOutcome(c.Service, c.Replica, c.Desired!.Host, c.Current is null ? "not created" : "not replaced", c.Current?.Id, unmet));
                    var rest = await new ServiceRollout(context, policy, [.. own.Where(c => c.Desired is null)], _kept).RunAsync(cancellationToken);
                    return new ServiceResult([.. blocked, .. rest.Outcomes], rest.Started);
                }
            }
        }

        return await new ServiceRollout(context, policy, own, _kept).RunAsync(cancellationToken);
    }
}

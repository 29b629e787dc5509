using System.Globalization;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Returns services to the containers their last changing deploy kept: for each service, the newest mark D among
/// its kept containers; every replica with a container kept at D gets it back (the current one is set aside in
/// turn, marked with this rollback), and replicas that deploy D added are set aside. Rolling back twice returns
/// to where the first rollback started.
/// </summary>
internal sealed class ProjectRollback(ILivePool pool, IEngineClientFactory engines, TimeProvider time)
{
    public async Task<IReadOnlyList<ReplicaOutcome>> RollbackAsync(string project, IReadOnlyList<string> services, string? poolName, CancellationToken cancellationToken)
    {
        var hosts = PoolScope.Of(await pool.ReadAsync(poolName, cancellationToken), poolName);
        var containers = hosts.SelectMany(h => h.Containers).Where(c => c.Project == project).ToList();
        var scope = services.Count > 0 ? services : containers.Select(c => c.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rollbackId = EngineRetries.DeployId(time);
        var steps = new List<(ProjectContainer? SetAside, ProjectContainer? Restore)>();
        foreach (var service in scope)
        {
            var own = containers.Where(c => c.Service == service).ToList();
            var mark = own.Select(c => c.SupersededBy).Where(m => m is not null).Max(StringComparer.Ordinal);
            if (mark is null)
            {
                continue;
            }

            var restore = own.Where(c => c.SupersededBy == mark).ToDictionary(c => c.Replica);
            var current = own.Where(c => c.IsCurrent).ToList();
            steps.AddRange(restore.Values.Select(k => (current.FirstOrDefault(c => c.Replica == k.Replica), (ProjectContainer?)k)));
            steps.AddRange(current.Where(c => c.DeployId == mark && !restore.ContainsKey(c.Replica)).Select(c => ((ProjectContainer?)c, (ProjectContainer?)null)));
        }

        if (steps.Count == 0)
        {
            throw new NotFoundException(
                $"nothing to roll back in '{project}'{(services.Count > 0 ? $" for {string.Join(", ", services)}" : string.Empty)}: no deploy kept earlier containers (they are kept from the deploy that replaced or removed them until the next one, and `down` removes them)");
        }

        var records = hosts.ToDictionary(h => h.Record.Name, h => h.Record, StringComparer.Ordinal);
        using var engineSet = new EngineSet(engines, perHost: 4);
        var outcomes = new List<ReplicaOutcome>();
        await EngineWork.ForEachAsync(steps, cancellationToken, async (step, token) =>
        {
            var error = step.SetAside is { } aside
                ? await engineSet.OnAsync(records[aside.Host], e => EngineErrors.TryAsync(() => ReplicaOperations.SupersedeAsync(e, aside, rollbackId, token)), token)
                : null;
            if (error is null && step.Restore is { } restore)
            {
                error = await engineSet.OnAsync(records[restore.Host], e => EngineErrors.TryAsync(() => ReplicaOperations.TakeOverAsync(e, restore.Id, ReplicaOperations.ReplicaName(restore), start: true, token)), token);
            }

            var subject = step.Restore ?? step.SetAside!;
            lock (outcomes)
            {
                outcomes.Add(new ReplicaOutcome(subject.Service, subject.Replica, subject.Host, step.Restore is null ? "removed" : "rolled back", subject.Id, error));
            }
        });
        return [.. outcomes.OrderBy(o => o.Service, StringComparer.Ordinal).ThenBy(o => o.Replica)];
    }
}

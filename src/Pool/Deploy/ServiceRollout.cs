namespace HostPool.Pool.Deploy;

/// <summary>
/// Applies one service's changes: stray containers go; removed replicas are stopped and kept for rollback; new
/// replicas start together; changed replicas are replaced in batches by <see cref="RolloutPolicy"/> (stop-first or
/// start-first, a delay between batches, each new replica watched). A replacement that fails brings the old
/// container back; when failures exceed the policy, the rest pauses, continues, or the whole service rolls back
/// to the containers this deploy replaced.
/// </summary>
internal sealed class ServiceRollout(RolloutContext context, RolloutPolicy policy, IReadOnlyList<ReplicaChange> changes, IReadOnlyList<ProjectContainer> kept)
{
    private readonly List<ReplicaOutcome> _outcomes = [];
    private readonly List<(string Host, string Id)> _started = [];

    public async Task<ServiceResult> RunAsync(CancellationToken cancellationToken)
    {
        await EngineWork.ForEachAsync(changes.SelectMany(c => c.Strays), cancellationToken, async (stray, token) =>
            Record(new ReplicaOutcome(stray.Service, stray.Replica, stray.Host, "removed", stray.Id, await OnHostAsync(stray.Host, e => ReplicaOperations.RemoveAsync(e, stray.Id, token), token))));
        await EngineWork.ForEachAsync(changes.Where(c => c.Kind == "remove"), cancellationToken, async (change, token) =>
            Record(new ReplicaOutcome(change.Service, change.Replica, change.Current!.Host, "removed", change.Current.Id, await SetAsideAsync(change.Current, token))));
        await EngineWork.ForEachAsync(changes.Where(c => c.Kind == "create"), cancellationToken, async (change, token) =>
        {
            var (id, error) = await StartAsync(change.Desired!, change.Desired!.Name, token);
            Record(new ReplicaOutcome(change.Service, change.Replica, change.Desired.Host, "created", id, error));
        });

        var replacements = changes.Where(c => c.Kind == "replace").OrderBy(c => c.Replica).ToList();
        var replaced = new List<(ReplicaChange Change, string? NewId)>();
        var failures = 0;
        var batches = policy.Batches(replacements);
        for (var index = 0; index < batches.Count; index++)
        {
            if (index > 0 && policy.Delay > TimeSpan.Zero)
            {
                await Task.Delay(policy.Delay, context.Time, cancellationToken);
            }

            var results = await Task.WhenAll(batches[index].Select(change => ReplaceAsync(change, cancellationToken)));
            replaced.AddRange(results.Where(r => r.Ok).Select(r => (r.Change, r.NewId)));
            failures += results.Count(r => !r.Ok);
            if (!policy.Exceeded(failures, replacements.Count) || policy.FailureAction == RolloutPolicy.Continue)
            {
                continue;
            }

            var reason = $"update stopped after {failures} failed replacement(s) (failure_action: {policy.FailureAction})";
            foreach (var waiting in batches.Skip(index + 1).SelectMany(b => b))
            {
                Record(new ReplicaOutcome(waiting.Service, waiting.Replica, waiting.Current!.Host, "not updated", waiting.Current.Id, reason));
            }

            if (policy.FailureAction == RolloutPolicy.Rollback)
            {
                await RollBackAsync(replaced, cancellationToken);
            }

            break;
        }

        return new ServiceResult([.. _outcomes], [.. _started]);
    }

    private async Task<(ReplicaChange Change, bool Ok, string? NewId)> ReplaceAsync(ReplicaChange change, CancellationToken cancellationToken)
    {
        var current = change.Current!;
        var desired = change.Desired!;
        if (await context.HostReadyFor(desired, cancellationToken) is { } notReady)
        {
            return Fail(change, notReady);
        }

        if (policy.StartFirst)
        {
            var (id, error) = await StartAsync(desired, ContainerNames.Next(desired.Name, context.DeployId), cancellationToken);
            if (error is not null)
            {
                return Fail(change, error);
            }

            var handover = await SetAsideAsync(current, cancellationToken)
                ?? await OnHostAsync(desired.Host, e => ReplicaOperations.TakeOverAsync(e, id!, desired.Name, start: false, cancellationToken), cancellationToken);
            if (handover is null)
            {
                return Replaced(change, id!);
            }

            await OnHostAsync(desired.Host, e => ReplicaOperations.RemoveAsync(e, id!, CancellationToken.None), CancellationToken.None);
            await OnHostAsync(current.Host, e => ReplicaOperations.TakeOverAsync(e, current.Id, ReplicaOperations.ReplicaName(current), start: true, CancellationToken.None), CancellationToken.None);
            return Fail(change, handover, id);
        }

        var setAside = await SetAsideAsync(current, cancellationToken);
        if (setAside is not null)
        {
            return Fail(change, setAside);
        }

        var (newId, startError) = await StartAsync(desired, desired.Name, cancellationToken);
        if (startError is null)
        {
            return Replaced(change, newId!);
        }

        var restored = await OnHostAsync(current.Host, e => ReplicaOperations.TakeOverAsync(e, current.Id, ReplicaOperations.ReplicaName(current), start: true, cancellationToken), cancellationToken);
        return Fail(change, startError + (restored is null ? "; the previous container runs again" : $"; the previous container could not be restarted: {restored}"), newId);
    }

    /// <summary>Starts a replica under a name and watches it; a replica that fails its watch is removed again.</summary>
    private async Task<(string? Id, string? Error)> StartAsync(ReplicaSpec spec, string name, CancellationToken cancellationToken)
    {
        if (await context.HostReadyFor(spec, cancellationToken) is { } notReady)
        {
            return (null, notReady);
        }

        string? id = null;
        var error = await OnHostAsync(spec.Host, async engine =>
        {
            id = await ReplicaOperations.StartNewAsync(engine, spec, name, cancellationToken);
            if (await context.Monitor.WatchAsync(engine, id, policy.Monitor, cancellationToken) is { } problem)
            {
                throw new ConflictException($"new container {problem}");
            }
        }, cancellationToken);
        if (error is not null && id is not null)
        {
            await OnHostAsync(spec.Host, e => ReplicaOperations.RemoveAsync(e, id, CancellationToken.None), CancellationToken.None);
            return (id, error);
        }

        return (id, error);
    }

    /// <summary>Stops the replica's current container and keeps it for rollback, after removing what an earlier deploy kept of it.</summary>
    private async Task<string?> SetAsideAsync(ProjectContainer current, CancellationToken cancellationToken)
    {
        foreach (var older in kept.Where(k => k.Service == current.Service && k.Replica == current.Replica))
        {
            await OnHostAsync(older.Host, e => ReplicaOperations.RemoveAsync(e, older.Id, cancellationToken), cancellationToken);
        }

        return await OnHostAsync(current.Host, e => ReplicaOperations.SupersedeAsync(e, current, context.DeployId, cancellationToken), cancellationToken);
    }

    private async Task RollBackAsync(IReadOnlyList<(ReplicaChange Change, string? NewId)> replaced, CancellationToken cancellationToken)
    {
        await EngineWork.ForEachAsync(replaced, cancellationToken, async (entry, token) =>
        {
            var (change, newId) = entry;
            var current = change.Current!;
            var error = await OnHostAsync(change.Desired!.Host, e => ReplicaOperations.RemoveAsync(e, newId!, token), token)
                ?? await OnHostAsync(current.Host, e => ReplicaOperations.TakeOverAsync(e, current.Id, ReplicaOperations.ReplicaName(current), start: true, token), token);
            lock (_outcomes)
            {
                _started.Remove((change.Desired.Host, newId!));
                _outcomes.RemoveAll(o => o.ContainerId == newId);
            }

            Record(new ReplicaOutcome(change.Service, change.Replica, current.Host, "rolled back", current.Id, error));
        });
    }

    private (ReplicaChange Change, bool Ok, string? NewId) Replaced(ReplicaChange change, string id)
    {
        lock (_outcomes)
        {
            _started.Add((change.Desired!.Host, id));
        }

        Record(new ReplicaOutcome(change.Service, change.Replica, change.Desired!.Host, "replaced", id));
        return (change, true, id);
    }

    private (ReplicaChange Change, bool Ok, string? NewId) Fail(ReplicaChange change, string error, string? id = null)
    {
        Record(new ReplicaOutcome(change.Service, change.Replica, change.Desired!.Host, "not replaced", id, error));
        return (change, false, null);
    }

    private void Record(ReplicaOutcome outcome)
    {
        context.Progress?.Report(outcome);
        lock (_outcomes)
        {
            _outcomes.Add(outcome);
            if (outcome.Action == "created" && outcome.Error is null && outcome.ContainerId is { } id)
            {
                _started.Add((outcome.Host, id));
            }
        }
    }

    private Task<string?> OnHostAsync(string host, Func<Docker.DotNet.IDockerClient, Task> step, CancellationToken cancellationToken) =>
        context.Engines.OnAsync(context.Hosts[host], engine => EngineErrors.TryAsync(() => step(engine)), cancellationToken);
}

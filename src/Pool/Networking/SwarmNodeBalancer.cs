using Docker.DotNet;
using Docker.DotNet.Models;
using Polly;
using Polly.Retry;

namespace HostPool.Pool.Networking;

/// <summary>
/// Keeps the cluster's shape as the pool changes: every member's node carries its host's name as a label;
/// nodes of hosts that left the pool are demoted and removed; workers are promoted (by host name) or managers
/// demoted until the cluster has <see cref="SwarmManagers.Wanted"/> managers among the answering hosts.
/// Each step that the cluster refuses becomes a note; none of them stops a deploy.
/// </summary>
internal sealed class SwarmNodeBalancer(IDockerClient manager)
{
    public const string HostLabel = "com.hostpool.host";

    /// <summary>A promoted node joins the managers' consensus; polled (about 30 s at most) until it is reachable.</summary>
    private static readonly ResiliencePipeline<bool> ManagerJoin = new ResiliencePipelineBuilder<bool> { Name = "hostpool-manager-join" }
        .AddRetry(new RetryStrategyOptions<bool>
        {
            ShouldHandle = new PredicateBuilder<bool>().HandleResult(false).Handle<DockerApiException>(SwarmCalls.IsSettling),
            MaxRetryAttempts = 60,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Constant,
        })
        .Build();

    public async Task<IReadOnlyList<string>> BalanceAsync(
        IReadOnlyDictionary<string, string> memberNodes, IReadOnlySet<string> poolHosts, CancellationToken cancellationToken)
    {
        try
        {
            return await BalanceOnceAsync(memberNodes, poolHosts, cancellationToken);
        }
        catch (DockerApiException exception)
        {
            return [$"could not keep the cluster's shape this time ({exception.ResponseBody?.Trim()}); the next deploy tries again"];
        }
    }

    private async Task<IReadOnlyList<string>> BalanceOnceAsync(
        IReadOnlyDictionary<string, string> memberNodes, IReadOnlySet<string> poolHosts, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var owners = memberNodes.ToDictionary(m => m.Value, m => m.Key, StringComparer.Ordinal);
        var nodes = await SwarmCalls.RunAsync(token => manager.Swarm.ListNodesAsync(token), cancellationToken);
        foreach (var node in nodes.Where(n => owners.TryGetValue(n.ID, out var host) && LabelOf(n) != host))
        {
            await TryUpdateAsync(node, spec => spec.Labels[HostLabel] = owners[node.ID], $"label node of {owners[node.ID]}", notes, cancellationToken, quiet: true);
        }

        foreach (var stale in nodes.Where(n => !owners.ContainsKey(n.ID) && !poolHosts.Contains(LabelOf(n) ?? string.Empty)))
        {
            await RemoveAsync(stale, notes, cancellationToken);
        }

        var wanted = SwarmManagers.Wanted(memberNodes.Count);
        nodes = await SwarmCalls.RunAsync(token => manager.Swarm.ListNodesAsync(token), cancellationToken);
        var managers = nodes.Where(n => owners.ContainsKey(n.ID) && IsManager(n)).OrderBy(n => owners[n.ID], StringComparer.Ordinal).ToList();
        foreach (var worker in nodes.Where(n => owners.ContainsKey(n.ID) && !IsManager(n)).OrderBy(n => owners[n.ID], StringComparer.Ordinal).Take(Math.Max(0, wanted - managers.Count)))
        {
            // One at a time, each reachable before the next: two managers need both for quorum, so a second
            // promotion while the first still catches up can leave the cluster without a leader.
            if (await TryUpdateAsync(worker, spec => spec.Role = "manager", $"promote {owners[worker.ID]} to manager", notes, cancellationToken)
                && !await ReachableAsync(worker.ID, cancellationToken))
            {
                notes.Add($"{owners[worker.ID]} is a manager but not reachable yet; the next deploy checks again");
                break;
            }
        }

        foreach (var extra in managers.Where(n => n.ManagerStatus?.Leader != true).Skip(Math.Max(0, wanted - 1)))
        {
            await TryUpdateAsync(extra, spec => spec.Role = "worker", $"demote {owners[extra.ID]} to worker", notes, cancellationToken);
        }

        return notes;
    }

    private async Task<bool> ReachableAsync(string nodeId, CancellationToken cancellationToken) =>
        await ManagerJoin.ExecuteAsync(
            async token => (await manager.Swarm.InspectNodeAsync(nodeId, token)).ManagerStatus?.Reachability == "reachable",
            cancellationToken);

    private static bool IsManager(NodeListResponse node) => node.Spec?.Role == "manager";

    private static string? LabelOf(NodeListResponse node) =>
        node.Spec?.Labels is { } labels && labels.TryGetValue(HostLabel, out var host) ? host : null;

    private async Task RemoveAsync(NodeListResponse node, List<string> notes, CancellationToken cancellationToken)
    {
        var name = LabelOf(node) ?? node.Description?.Hostname ?? node.ID;
        if (IsManager(node) && !await TryUpdateAsync(node, spec => spec.Role = "worker", $"demote departed node {name}", notes, cancellationToken))
        {
            return;
        }

        try
        {
            await SwarmCalls.RunAsync(token => manager.Swarm.RemoveNodeAsync(node.ID, force: true, token), cancellationToken);
            notes.Add($"removed departed node {name} from the cluster");
        }
        catch (DockerApiException exception)
        {
            notes.Add($"could not remove departed node {name}: {exception.ResponseBody?.Trim()}");
        }
    }

    private async Task<bool> TryUpdateAsync(NodeListResponse node, Action<NodeUpdateParameters> change, string what, List<string> notes, CancellationToken cancellationToken, bool quiet = false)
    {
        // The engine replaces the whole spec, at the version read: start from the current one.
        var current = await SwarmCalls.RunAsync(token => manager.Swarm.InspectNodeAsync(node.ID, token), cancellationToken);
        var spec = new NodeUpdateParameters
        {
            Name = current.Spec?.Name,
            Role = current.Spec?.Role,
            Availability = current.Spec?.Availability,
            Labels = new Dictionary<string, string>(current.Spec?.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        };
        change(spec);
        try
        {
            await SwarmCalls.RunAsync(token => manager.Swarm.UpdateNodeAsync(node.ID, current.Version?.Index ?? 0, spec, token), cancellationToken);
            if (!quiet)
            {
                notes.Add(what);
            }

            return true;
        }
        catch (DockerApiException exception)
        {
            notes.Add($"could not {what}: {exception.ResponseBody?.Trim()}");
            return false;
        }
    }
}

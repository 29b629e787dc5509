using Docker.DotNet;
using HostPool.Pool.Deploy;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Pool.Membership;

/// <summary>Reads every host of a pool in parallel: engine facts and hostpool's containers, each host bounded by a timeout.</summary>
internal sealed class LivePool(IHostStore store, IEngineClientFactory engines, TimeSpan timeout) : ILivePool
{
    public async Task<IReadOnlyList<PoolHostView>> ReadAsync(string? pool, CancellationToken cancellationToken)
    {
        var hosts = (await store.ListAsync(cancellationToken))
            .Where(h => pool is null || string.Equals(h.Pool, pool, StringComparison.Ordinal))
            .ToList();
        return await Task.WhenAll(hosts.Select(host => ReadHostAsync(host, cancellationToken)));
    }

    internal static SwarmMembership SwarmMembershipOf(Docker.DotNet.Models.SystemInfoResponse info) =>
        info.Swarm is not { } swarm || string.IsNullOrEmpty(swarm.LocalNodeState)
            ? SwarmMembership.Inactive
            : new SwarmMembership(
                swarm.LocalNodeState,
                string.IsNullOrEmpty(swarm.NodeID) ? null : swarm.NodeID,
                string.IsNullOrEmpty(swarm.Cluster?.ID) ? null : swarm.Cluster.ID,
                swarm.ControlAvailable);

    private async Task<PoolHostView> ReadHostAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.State is not HostState.Running)
        {
            return new PoolHostView(host, null, [], $"host is {host.State}");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var engine = engines.Create(host);
            var info = await engine.System.GetSystemInfoAsync(deadline.Token);
            var containers = await ProjectContainers.ListAsync(engine, host.Name, project: null, deadline.Token);
            var facts = new EngineFacts(
                info.NCPU,
                info.MemTotal,
                EngineLabelText.Parse(info.Labels),
                info.OSType ?? "linux",
                info.Architecture ?? "x86_64",
                SwarmMembershipOf(info));
            return new PoolHostView(host, facts, containers, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PoolHostView(host, null, [], $"engine: no answer within {timeout.TotalSeconds:0}s");
        }
        catch (Exception exception) when (exception is DockerApiException or HostPoolException || EngineErrors.IsUnreachable(exception))
        {
            return new PoolHostView(host, null, [], $"engine: {exception.Message}");
        }
    }
}

using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;

namespace HostPool.Pool.Networking;

/// <summary>
/// Keeps a pool's answering hosts in one Swarm-mode cluster, used only as the network control plane (overlay
/// networks and the name service); hostpool's own scheduler places every container. Forms the cluster on first
/// use, joins hosts that are not members (leaving a foreign cluster first), recovers a cluster that lost its
/// quorum, and keeps the manager count (see <see cref="SwarmNodeBalancer"/>).
/// </summary>
internal sealed class PoolSwarm(IEngineClientFactory engines)
{
    private static readonly string ListenAddress = string.Create(CultureInfo.InvariantCulture, $"0.0.0.0:{ClusterPorts.Management}");

    public async Task<SwarmState> EnsureAsync(IReadOnlyList<PoolHostView> hosts, CancellationToken cancellationToken)
    {
        var members = hosts.Where(h => h.Answers).OrderBy(h => h.Record.Name, StringComparer.Ordinal).ToList();
        if (members.Count == 0)
        {
            throw new ConflictException("no host of the pool answers, so there is no cluster to run the project's networks on; check `hostpool ls` and start or re-provision the hosts");
        }

        var manager = PickManager(members) ?? members[0];
        using var managerEngine = engines.Create(manager.Record);
        var swarm = await InspectOrFormAsync(managerEngine, manager, cancellationToken);
        var nodes = await SwarmCalls.RunAsync(token => managerEngine.Swarm.ListNodesAsync(token), cancellationToken);
        var known = nodes.Select(n => n.ID).ToHashSet(StringComparer.Ordinal);
        var nodeIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var joiners = new List<PoolHostView>();
        foreach (var member in members)
        {
            var state = member.Record.Name == manager.Record.Name ? await MembershipAsync(managerEngine, cancellationToken) : member.Engine!.Swarm;
            if (state.IsActive && state.ClusterId == swarm.ID && state.NodeId is { } id && known.Contains(id))
            {
                nodeIds[member.Record.Name] = id;
            }
            else
            {
                joiners.Add(member);
            }
        }

        await Deploy.EngineWork.ForEachAsync(joiners, cancellationToken, async (joiner, token) =>
        {
            var joined = await TryJoinAsync(joiner, manager.Record, swarm.JoinTokens.Worker, token);
            lock (nodeIds)
            {
                if (joined.NodeId is { } id)
                {
                    nodeIds[joiner.Record.Name] = id;
                }
                else
                {
                    failures[joiner.Record.Name] = joined.Error!;
                }
            }
        });

        var poolHosts = hosts.Select(h => h.Record.Name).ToHashSet(StringComparer.Ordinal);
        var notes = await new SwarmNodeBalancer(managerEngine).BalanceAsync(nodeIds, poolHosts, cancellationToken);
        return new SwarmState(swarm.ID, manager.Record, failures) { Notes = notes };
    }

    /// <summary>The manager of the cluster most answering hosts belong to, or null when none of them manages one.</summary>
    internal static PoolHostView? PickManager(IReadOnlyList<PoolHostView> members) =>
        members.Where(m => m.Engine!.Swarm is { IsActive: true, IsManager: true, ClusterId: not null })
            .GroupBy(m => m.Engine!.Swarm.ClusterId!, StringComparer.Ordinal)
            .OrderByDescending(g => members.Count(m => m.Engine!.Swarm.ClusterId == g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(m => m.Record.Name, StringComparer.Ordinal).First())
            .FirstOrDefault();

    internal static string AddressOf(HostRecord host) =>
        host.PublicAddress ?? host.PrivateAddress ?? throw new ConflictException($"host {host.Name} has no address in the store; run `hostpool provision {host.Name}`");

    private static async Task<SwarmInspectResponse> InspectOrFormAsync(IDockerClient engine, PoolHostView manager, CancellationToken cancellationToken)
    {
        var state = manager.Engine!.Swarm;
        if (!(state.IsActive && state.IsManager))
        {
            if (state.State != "inactive")
            {
                await engine.Swarm.LeaveSwarmAsync(new SwarmLeaveParameters { Force = true }, cancellationToken);
            }

            await engine.Swarm.InitSwarmAsync(InitParameters(manager.Record, forceNewCluster: false), cancellationToken);
            return await engine.Swarm.InspectSwarmAsync(cancellationToken);
        }

        try
        {
            // Retried while the cluster elects a leader; still without one after that, its quorum is lost.
            return await SwarmCalls.RunAsync(token => engine.Swarm.InspectSwarmAsync(token), cancellationToken);
        }
        catch (DockerApiException exception) when (LostQuorum(exception))
        {
            // The other managers are gone: keep this one's state (networks included) and make it the only manager.
            await engine.Swarm.InitSwarmAsync(InitParameters(manager.Record, forceNewCluster: true), cancellationToken);
            return await engine.Swarm.InspectSwarmAsync(cancellationToken);
        }
    }

    private static bool LostQuorum(DockerApiException exception) =>
        exception.ResponseBody?.Contains("does not have a leader", StringComparison.OrdinalIgnoreCase) == true
        || exception.ResponseBody?.Contains("quorum", StringComparison.OrdinalIgnoreCase) == true;

    private static SwarmInitParameters InitParameters(HostRecord host, bool forceNewCluster) => new()
    {
        ListenAddr = ListenAddress,
        AdvertiseAddr = AddressOf(host),
        ForceNewCluster = forceNewCluster,
    };

    private static async Task<SwarmMembership> MembershipAsync(IDockerClient engine, CancellationToken cancellationToken) =>
        LivePool.SwarmMembershipOf(await engine.System.GetSystemInfoAsync(cancellationToken));

    private async Task<(string? NodeId, string? Error)> TryJoinAsync(PoolHostView joiner, HostRecord manager, string token, CancellationToken cancellationToken)
    {
        try
        {
            using var engine = engines.Create(joiner.Record);
            if (joiner.Engine!.Swarm.State != "inactive")
            {
                await engine.Swarm.LeaveSwarmAsync(new SwarmLeaveParameters { Force = true }, cancellationToken);
            }

            await engine.Swarm.JoinSwarmAsync(
                new SwarmJoinParameters
                {
                    ListenAddr = ListenAddress,
                    AdvertiseAddr = AddressOf(joiner.Record),
                    RemoteAddrs = [string.Create(CultureInfo.InvariantCulture, $"{AddressOf(manager)}:{ClusterPorts.Management}")],
                    JoinToken = token,
                },
                cancellationToken);
            return ((await MembershipAsync(engine, cancellationToken)).NodeId, null);
        }
        catch (DockerApiException exception)
        {
            return (null, $"could not join the pool's cluster: engine answered {(int)exception.StatusCode}: {exception.ResponseBody?.Trim()}; check that tcp {ClusterPorts.Management}, {ClusterPorts.Gossip} and udp {ClusterPorts.Gossip}, {ClusterPorts.DataPath} are open between the pool's hosts");
        }
        catch (Exception exception) when (Deploy.EngineErrors.IsUnreachable(exception))
        {
            return (null, $"could not join the pool's cluster: engine unreachable: {exception.Message}");
        }
    }
}

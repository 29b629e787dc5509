using Docker.DotNet.Models;
using HostPool.Pool.Deploy;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Operations;

/// <summary>Restarts replicas in place (same container, new start), hosts in parallel and each host's replicas one after another.</summary>
internal static class ReplicaRestarter
{
    public static async Task<IReadOnlyList<ReplicaOutcome>> RestartAsync(IEngineClientFactory engines, ReplicaSet replicas, TimeSpan stopTimeout, CancellationToken cancellationToken)
    {
        var outcomes = new List<ReplicaOutcome>();
        await Deploy.EngineWork.ForEachAsync(replicas.Replicas.GroupBy(r => r.Host), cancellationToken, async (host, token) =>
        {
            var done = new List<ReplicaOutcome>();
            using var engine = engines.Create(replicas.HostOf(host.First()).Record);
            foreach (var replica in host)
            {
                string? error = null;
                try
                {
                    await engine.Containers.RestartContainerAsync(replica.Id, new ContainerRestartParameters { WaitBeforeKillSeconds = (uint)stopTimeout.TotalSeconds }, token);
                }
                catch (Exception exception) when (EngineFailure.Is(exception))
                {
                    error = EngineFailure.Describe(exception);
                }

                done.Add(new ReplicaOutcome(replica.Service, replica.Replica, replica.Host, "restarted", replica.Id, error));
            }

            lock (outcomes)
            {
                outcomes.AddRange(done);
            }
        });
        return [.. outcomes.OrderBy(o => o.Service, StringComparer.Ordinal).ThenBy(o => o.Replica)];
    }
}

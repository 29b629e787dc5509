using System.Runtime.CompilerServices;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Operations;

/// <summary>Finds a project's replicas on the live pool, then reads their logs, runs commands in them or restarts them.</summary>
internal sealed class ProjectOperations(ILivePool pool, IEngineClientFactory engines) : IProjectOperations
{
    public async Task<ReplicaSet> FindAsync(string? project, IReadOnlyList<string> services, string? poolName, CancellationToken cancellationToken)
    {
        var hosts = await pool.ReadAsync(poolName, cancellationToken);
        var containers = hosts.SelectMany(h => h.Containers).Where(c => c.IsCurrent).ToList();
        var chosen = ProjectChoice.Choose(project, containers.Select(c => c.Project), poolName);
        return new ReplicaSet(chosen, ReplicaSelection.OfServices(containers, chosen, services), hosts);
    }

    public async IAsyncEnumerable<LogLine> LogsAsync(ReplicaSet replicas, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in ProjectLogs.ReadAsync(engines, replicas, options, cancellationToken))
        {
            yield return line;
        }
    }

    public Task<int> ExecAsync(ReplicaSet replicas, ReplicaAddress replica, ExecCommand command, Stream standardOutput, Stream standardError, CancellationToken cancellationToken) =>
        ReplicaExec.RunAsync(engines, replicas, replica, command, standardOutput, standardError, cancellationToken);

    public Task<IReadOnlyList<ReplicaOutcome>> RestartAsync(ReplicaSet replicas, TimeSpan stopTimeout, CancellationToken cancellationToken) =>
        ReplicaRestarter.RestartAsync(engines, replicas, stopTimeout, cancellationToken);
}

using HostPool.Pool.Deploy;

namespace HostPool.Pool.Operations;

/// <summary>Day-to-day commands over a deployed project's replicas, wherever on the pool they run.</summary>
public interface IProjectOperations
{
    /// <summary>
    /// The replicas of <paramref name="project"/> (null: the only project on the pool) limited to
    /// <paramref name="services"/> (empty: every service), read from every host of <paramref name="pool"/> at once.
    /// </summary>
    /// <exception cref="NotFoundException">The project or a named service has no replica.</exception>
    /// <exception cref="UsageException">No project is named and several run.</exception>
    Task<ReplicaSet> FindAsync(string? project, IReadOnlyList<string> services, string? pool, CancellationToken cancellationToken);

    /// <summary>
    /// Every replica's log lines. Without follow: each replica's history, merged oldest first. With follow:
    /// the lines of all replicas as they arrive, until cancelled or every stream ends.
    /// </summary>
    IAsyncEnumerable<LogLine> LogsAsync(ReplicaSet replicas, LogOptions options, CancellationToken cancellationToken);

    /// <summary>Runs a command in one replica, copies its stdout and stderr as they come, and returns its exit code.</summary>
    Task<int> ExecAsync(ReplicaSet replicas, ReplicaAddress replica, ExecCommand command, Stream standardOutput, Stream standardError, CancellationToken cancellationToken);

    /// <summary>Restarts every replica of the set in place (same containers), hosts in parallel; one outcome per replica.</summary>
    Task<IReadOnlyList<ReplicaOutcome>> RestartAsync(ReplicaSet replicas, TimeSpan stopTimeout, CancellationToken cancellationToken);
}

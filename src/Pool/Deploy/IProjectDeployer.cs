namespace HostPool.Pool.Deploy;

/// <summary>Runs compose projects on the pool's engines and reads back what runs, from the containers' labels.</summary>
public interface IProjectDeployer
{
    /// <summary>Plans against the live pool, then makes every host match the plan (unchanged replicas are left alone).</summary>
    /// <exception cref="UnplacedReplicasException">Some replica cannot be placed; nothing was changed.</exception>
    Task<DeployReport> DeployAsync(DeployRequest request, CancellationToken cancellationToken);

    /// <summary>Removes every container of the project from every host (and its volumes when asked).</summary>
    Task<IReadOnlyList<ReplicaOutcome>> DownAsync(string project, string? pool, bool removeVolumes, CancellationToken cancellationToken);

    /// <summary>Returns the services (every service when none is named) to the containers their last changing deploy kept.</summary>
    /// <exception cref="NotFoundException">No deploy kept anything to return to.</exception>
    Task<IReadOnlyList<ReplicaOutcome>> RollbackAsync(string project, IReadOnlyList<string> services, string? pool, CancellationToken cancellationToken);

    /// <summary>The project's containers on every host that answers (every project when null).</summary>
    Task<IReadOnlyList<ProjectContainer>> ListAsync(string? project, string? pool, CancellationToken cancellationToken);
}

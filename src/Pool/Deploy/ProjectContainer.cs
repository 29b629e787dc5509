namespace HostPool.Pool.Deploy;

/// <summary>A container of a hostpool project as an engine reports it (read from its labels).</summary>
public sealed record ProjectContainer(
    string Id,
    string Name,
    string Host,
    string Project,
    string Service,
    int Replica,
    string ConfigHash,
    string State,
    string Image,
    IReadOnlyList<ContainerPort> Ports)
{
    public double ReservedCpus { get; init; }

    public long ReservedMemoryBytes { get; init; }

    /// <summary>The deploy that created this container (empty for containers made before deploys were numbered).</summary>
    public string DeployId { get; init; } = string.Empty;

    /// <summary>The exit code of a stopped container, when the engine reports one.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The deploy that replaced or removed this replica and kept the container for rollback; null for a current replica.</summary>
    public string? SupersededBy => ContainerNames.SupersededBy(Name);

    /// <summary>A current replica: neither kept for rollback nor a start-first replacement still on its way in.</summary>
    public bool IsCurrent => SupersededBy is null && !ContainerNames.IsNext(Name);

    /// <summary>Running, or a one-shot replica that ran to completion (exited 0 and not restarted).</summary>
    public bool IsUp => State == "running" || (State == "exited" && ExitCode == 0);
}

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
}

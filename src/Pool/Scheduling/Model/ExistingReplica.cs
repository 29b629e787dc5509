namespace HostPool.Pool.Scheduling;

/// <summary>
/// A replica that already runs on a host. Its cpu and memory are already counted in the host's
/// reserved figures; it is listed for what it holds besides: its identity (spread counts, affinity)
/// and its published ports.
/// </summary>
public sealed record ExistingReplica(string Project, string Service, IReadOnlyList<PublishedPort>? Ports = null)
{
    public IReadOnlyList<PublishedPort> PublishedPorts => Ports ?? [];
}

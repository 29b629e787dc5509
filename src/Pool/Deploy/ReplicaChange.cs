namespace HostPool.Pool.Deploy;

/// <summary>
/// What a deploy does to one replica (service and number): create it (<see cref="Current"/> null), replace the
/// current container with <see cref="Desired"/> (on the same or another host), or remove it (<see cref="Desired"/> null).
/// <see cref="Strays"/> are further containers of the same replica (duplicates, leftovers) that go in any case.
/// </summary>
internal sealed record ReplicaChange(string Service, int Replica, ProjectContainer? Current, ReplicaSpec? Desired)
{
    public IReadOnlyList<ProjectContainer> Strays { get; init; } = [];

    public string Kind => (Current, Desired) switch
    {
        (null, null) => "tidy",
        (null, not null) => "create",
        (not null, null) => "remove",
        _ => "replace",
    };
}

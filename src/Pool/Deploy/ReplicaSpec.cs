using Docker.DotNet.Models;

namespace HostPool.Pool.Deploy;

/// <summary>One replica as it should run: its host, container name, create parameters and their hash, and the named volumes it needs.</summary>
internal sealed record ReplicaSpec(
    string Host,
    string Service,
    int Replica,
    string Name,
    string Image,
    string ConfigHash,
    CreateContainerParameters Parameters,
    IReadOnlyList<VolumeSpec> Volumes,
    TimeSpan? StopGracePeriod)
{
    /// <summary>Networks joined after create, before start.</summary>
    public IReadOnlyList<NetworkAttachment> LaterNetworks { get; init; } = [];

    /// <summary>The service's compose <c>pull_policy</c> (null: missing).</summary>
    public string? PullPolicy { get; init; }

    /// <summary>Secrets and configs put into the container before it starts.</summary>
    public IReadOnlyList<ContainerFile> Files { get; init; } = [];
}

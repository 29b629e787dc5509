namespace HostPool.Compose.Model;

/// <summary>
/// The <c>deploy</c> section as written. <see cref="Replicas"/> is <c>deploy.replicas</c>, else the service's
/// <c>scale</c>; null when neither is set and in global modes (see <see cref="ComposeService.ReplicaCount"/>).
/// </summary>
public sealed record DeployConfig(DeployMode Mode, int? Replicas)
{
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Empty.Labels;
    public string? EndpointMode { get; init; }
    public DeployResources Resources { get; init; } = new(null, null);
    public Placement Placement { get; init; } = new();
    public UpdatePolicy? UpdateConfig { get; init; }
    public UpdatePolicy? RollbackConfig { get; init; }
    public RestartPolicy? RestartPolicy { get; init; }
}

namespace HostPool.Compose.Model;

/// <summary>
/// The <c>deploy</c> section. <see cref="Replicas"/> is the effective replica count for replicated modes
/// (<c>deploy.replicas</c>, else <c>scale</c>, else 1) and null for global modes.
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

namespace HostPool.Compose.Model;

/// <summary><c>update_config</c> or <c>rollback_config</c>: how many replicas change at once, pauses, and what to do on failure.</summary>
public sealed record UpdatePolicy
{
    public long? Parallelism { get; init; }
    public TimeSpan? Delay { get; init; }
    public string? FailureAction { get; init; }
    public TimeSpan? Monitor { get; init; }
    public double? MaxFailureRatio { get; init; }
    public string? Order { get; init; }
}

namespace HostPool.Compose.Model;

/// <summary><c>deploy.restart_policy</c>: <see cref="Condition"/> is <c>none</c>, <c>on-failure</c> or <c>any</c>.</summary>
public sealed record RestartPolicy
{
    public string? Condition { get; init; }
    public TimeSpan? Delay { get; init; }
    public int? MaxAttempts { get; init; }
    public TimeSpan? Window { get; init; }
}

namespace HostPool.Compose.Model;

/// <summary>A health check; <see cref="Test"/> always starts with <c>CMD</c>, <c>CMD-SHELL</c> or <c>NONE</c>.</summary>
public sealed record Healthcheck
{
    public IReadOnlyList<string>? Test { get; init; }
    public TimeSpan? Interval { get; init; }
    public TimeSpan? Timeout { get; init; }
    public int? Retries { get; init; }
    public TimeSpan? StartPeriod { get; init; }
    public TimeSpan? StartInterval { get; init; }
    public bool Disable { get; init; }
}

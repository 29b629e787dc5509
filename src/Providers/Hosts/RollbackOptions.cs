namespace HostPool.Providers.Hosts;

/// <summary>How long rollback of a failed create may take; it runs even after Ctrl-C.</summary>
public sealed record RollbackOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(3);
}

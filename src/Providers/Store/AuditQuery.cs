namespace HostPool.Providers.Store;

/// <summary>Which audit entries to read: at or after <see cref="Since"/>, of one target, at most the newest <see cref="Limit"/>.</summary>
public sealed record AuditQuery(DateTimeOffset? Since = null, string? Target = null, int Limit = 100);

namespace HostPool.Providers.Store;

/// <summary>The append-only log of every change to hosts and projects. Entries are never updated or deleted.</summary>
public interface IAuditLog
{
    /// <summary>Appends the entries in one transaction.</summary>
    Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>The entries the query selects, oldest first (the newest <see cref="AuditQuery.Limit"/> of them).</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);
}

using HostPool.Providers.Model;

namespace HostPool.Providers.Store;

/// <summary>
/// The hosts hostpool knows. Every change is one transaction, so concurrent commands against one home
/// never corrupt it. Implementations: SQLite (embedded default) and etcd (shared, for teams).
/// </summary>
public interface IHostStore
{
    Task<HostRecord?> FindAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<HostRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds a new host; throws <see cref="ConflictException"/> when the name is taken.</summary>
    Task AddAsync(HostRecord host, CancellationToken cancellationToken);

    /// <summary>Reads, changes and writes a host in one transaction; returns the written record.</summary>
    Task<HostRecord> UpdateAsync(string name, Func<HostRecord, HostRecord> change, CancellationToken cancellationToken);

    /// <summary>Deletes a host; deleting one that is not there is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);
}

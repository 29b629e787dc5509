using HostPool.Providers.Model;
using Microsoft.Data.Sqlite;

namespace HostPool.Providers.Store;

/// <summary>
/// The embedded default store: one SQLite file under HOSTPOOL_HOME. Each change is one IMMEDIATE
/// transaction (writers queue on SQLite's lock, readers see committed state through WAL), so several
/// hostpool processes can work on one home at once.
/// </summary>
internal sealed class SqliteHostStore(SqliteDatabase database) : IHostStore
{
    public async Task<HostRecord?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, name, cancellationToken);
    }

    public async Task<IReadOnlyList<HostRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record FROM hosts ORDER BY name";
        var hosts = new List<HostRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hosts.Add(HostRecordJson.Deserialize(reader.GetString(0)));
        }

        return hosts;
    }

    public async Task AddAsync(HostRecord host, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, transaction, host.Name, cancellationToken) is { } existing)
        {
            throw new ConflictException(
                $"A host named '{host.Name}' already exists (driver {existing.Driver}, state {existing.State}). " +
                "Choose another name, or remove it first with 'hostpool rm " + host.Name + "'.");
        }

        await WriteAsync(connection, transaction, host, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<HostRecord> UpdateAsync(string name, Func<HostRecord, HostRecord> change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var current = await FindAsync(connection, transaction, name, cancellationToken)
            ?? throw HostNotFound.For(name);
        var changed = change(current);
        if (!string.Equals(changed.Name, name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A store update cannot rename a host.");
        }

        await WriteAsync(connection, transaction, changed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM hosts WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<HostRecord?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT record FROM hosts WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        var json = await command.ExecuteScalarAsync(cancellationToken) as string;
        return json is null ? null : HostRecordJson.Deserialize(json);
    }

    private static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, HostRecord host, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO hosts (name, pool, record) VALUES ($name, $pool, $record)
            ON CONFLICT(name) DO UPDATE SET pool = excluded.pool, record = excluded.record
            """;
        command.Parameters.AddWithValue("$name", host.Name);
        command.Parameters.AddWithValue("$pool", host.Pool);
        command.Parameters.AddWithValue("$record", HostRecordJson.Serialize(host));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Microsoft.Data.Sqlite;

namespace HostPool.Providers.Store;

/// <summary>Reads and writes rows of the pool_locks table; each row carries the lease id of the acquire that wrote it.</summary>
internal static class PoolLockRows
{
    private const string Columns = "pool, lease, holder_user, holder_host, holder_pid, acquired_at, message";

    public static async Task<(PoolLockRecord Record, string Lease)?> FindAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string pool, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(connection, transaction, $"SELECT {Columns} FROM pool_locks WHERE pool = $pool", pool, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public static async Task<IReadOnlyList<(PoolLockRecord Record, string Lease)>> ListAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await QueryAsync(connection, null, $"SELECT {Columns} FROM pool_locks ORDER BY pool", null, cancellationToken);

    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, PoolLockRecord record, string lease, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT OR REPLACE INTO pool_locks ({Columns})
            VALUES ($pool, $lease, $user, $host, $pid, $at, $message)
            """;
        command.Parameters.AddWithValue("$pool", record.Pool);
        command.Parameters.AddWithValue("$lease", lease);
        command.Parameters.AddWithValue("$user", record.Holder.User);
        command.Parameters.AddWithValue("$host", record.Holder.Hostname);
        command.Parameters.AddWithValue("$pid", record.Holder.Pid);
        command.Parameters.AddWithValue("$at", record.AcquiredAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$message", record.Message);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes the pool's row; with a lease, only when that lease still holds it. True when a row went.</summary>
    public static async Task<bool> DeleteAsync(SqliteConnection connection, SqliteTransaction? transaction, string pool, string? lease, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = lease is null
            ? "DELETE FROM pool_locks WHERE pool = $pool"
            : "DELETE FROM pool_locks WHERE pool = $pool AND lease = $lease";
        command.Parameters.AddWithValue("$pool", pool);
        if (lease is not null)
        {
            command.Parameters.AddWithValue("$lease", lease);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static async Task<List<(PoolLockRecord Record, string Lease)>> QueryAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, string? pool, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (pool is not null)
        {
            command.Parameters.AddWithValue("$pool", pool);
        }

        var rows = new List<(PoolLockRecord, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var holder = new ProcessIdentity(reader.GetString(2), reader.GetString(3), reader.GetInt32(4));
            var record = new PoolLockRecord(reader.GetString(0), holder, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.GetString(6));
            rows.Add((record, reader.GetString(1)));
        }

        return rows;
    }
}

using Microsoft.Data.Sqlite;

namespace HostPool.Providers.Store;

/// <summary>
/// Opens connections to the home's SQLite file, creating it and its schema on first use.
/// WAL lets readers run beside a writer; the busy timeout makes concurrent writers wait instead of failing.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _file;
    private readonly SemaphoreSlim _initialising = new(1, 1);
    private volatile bool _initialised;

    public SqliteDatabase(HostPoolHome home)
    {
        _file = home.StoreFile;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(_file)!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000;", cancellationToken);
            if (!_initialised)
            {
                // The first caller creates the schema; concurrent first callers wait for it rather than
                // running statements against a database whose tables do not exist yet.
                await _initialising.WaitAsync(cancellationToken);
                try
                {
                    if (!_initialised)
                    {
                        await InitialiseAsync(connection, cancellationToken);
                        _initialised = true;
                    }
                }
                finally
                {
                    _initialising.Release();
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task InitialiseAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);

        // One IMMEDIATE transaction: concurrent first users of a home queue here, and the second one sees
        // the version the first wrote and runs no step twice.
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
                INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version);
                """, cancellationToken);
            var version = await ReadVersionAsync(connection, transaction, cancellationToken);
            if (version > SchemaMigrations.Latest)
            {
                throw new ConflictException(
                    $"The store {_file} has schema version {version}, newer than this hostpool knows ({SchemaMigrations.Latest}). " +
                    "Use the hostpool version that wrote it, or upgrade this one.");
            }

            for (var step = version + 1; step <= SchemaMigrations.Latest; step++)
            {
                await ExecuteAsync(connection, transaction, SchemaMigrations.Steps[(int)step - 1], cancellationToken);
            }

            await ExecuteAsync(connection, transaction, $"UPDATE schema_version SET version = {SchemaMigrations.Latest};", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        File.SetUnixFileMode(_file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static async Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_version";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, sql, cancellationToken);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

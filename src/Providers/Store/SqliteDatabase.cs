using Microsoft.Data.Sqlite;

namespace HostPool.Providers.Store;

/// <summary>
/// Opens connections to the home's SQLite file, creating it and its schema on first use.
/// WAL lets readers run beside a writer; the busy timeout makes concurrent writers wait instead of failing.
/// </summary>
internal sealed class SqliteDatabase
{
    private const int SchemaVersion = 1;
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
        await ExecuteAsync(connection, $"""
            BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
            INSERT INTO schema_version (version) SELECT {SchemaVersion} WHERE NOT EXISTS (SELECT 1 FROM schema_version);
            CREATE TABLE IF NOT EXISTS hosts (
                name TEXT PRIMARY KEY,
                pool TEXT NOT NULL,
                record TEXT NOT NULL
            );
            COMMIT;
            """, cancellationToken);
        File.SetUnixFileMode(_file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

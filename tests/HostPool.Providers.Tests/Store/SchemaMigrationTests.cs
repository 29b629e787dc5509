using HostPool.Providers.Store;
using Microsoft.Data.Sqlite;

namespace HostPool.Providers.Tests.Store;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly PoolLockTestContext _context = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenAsync_VersionOneStore_KeepsHostsAndAddsLockAndAuditTables()
    {
        Directory.CreateDirectory(_context.Home.Root);
        Execute("""
            CREATE TABLE schema_version (version INTEGER NOT NULL);
            INSERT INTO schema_version (version) VALUES (1);
            CREATE TABLE hosts (name TEXT PRIMARY KEY, pool TEXT NOT NULL, record TEXT NOT NULL);
            INSERT INTO hosts VALUES ('web-1', 'default', '{"name":"web-1","pool":"default","driver":"generic"}');
            """);

        var hosts = await new SqliteHostStore(new SqliteDatabase(_context.Home)).ListAsync(Token);
        await using var lease = await _context.Lock().AcquireAsync("default", ProcessIdentity.Current(), "deploy", TimeSpan.Zero, Token);

        Assert.Equal("web-1", Assert.Single(hosts).Name);
        Assert.Equal((long)SchemaMigrations.Latest, Scalar("SELECT version FROM schema_version"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_StoreFromNewerHostpool_ConflictSaysToUpgrade()
    {
        Directory.CreateDirectory(_context.Home.Root);
        Execute($"CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version (version) VALUES ({SchemaMigrations.Latest + 1});");

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => new SqliteHostStore(new SqliteDatabase(_context.Home)).ListAsync(Token));

        Assert.Contains("upgrade", conflict.Message);
    }

    public void Dispose() => _context.Dispose();

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_context.Home.StoreFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_context.Home.StoreFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

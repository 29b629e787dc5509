using HostPool.Providers.Store;

namespace HostPool.Providers.Tests.Store;

public sealed class SqliteAuditLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly PoolLockTestContext _context = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_SeveralEntries_OldestFirstWithEveryField()
    {
        var log = _context.AuditLog();
        var failed = new AuditEntry(Start.AddMinutes(1), "ops@box", "hostpool rm -y web-9", "web-9", "rm", AuditEntry.Failed, "No host named 'web-9'.");
        await log.AppendAsync([Entry(0, "web-1"), failed], Token);

        var entries = await _context.AuditLog().ListAsync(new AuditQuery(), Token);

        Assert.Equal([Entry(0, "web-1"), failed], entries);
    }

    [Fact]
    public async Task ListAsync_SinceTargetAndLimit_NewestMatchingEntriesOldestFirst()
    {
        var log = _context.AuditLog();
        await log.AppendAsync([.. Enumerable.Range(0, 10).Select(i => Entry(i, i % 2 == 0 ? "web-1" : "db-1"))], Token);

        var entries = await log.ListAsync(new AuditQuery(Since: Start.AddMinutes(2), Target: "web-1", Limit: 3), Token);

        Assert.Equal([Start.AddMinutes(4), Start.AddMinutes(6), Start.AddMinutes(8)], entries.Select(e => e.At));
        Assert.All(entries, e => Assert.Equal("web-1", e.Target));
    }

    public void Dispose() => _context.Dispose();

    private static AuditEntry Entry(int minute, string target) =>
        new(Start.AddMinutes(minute), "ops@box", $"hostpool start {target}", target, "start", AuditEntry.Ok);
}

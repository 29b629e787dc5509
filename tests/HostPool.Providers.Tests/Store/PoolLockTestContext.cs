using System.Diagnostics;
using HostPool.Providers.Store;
using HostPool.Providers.Tests.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace HostPool.Providers.Tests.Store;

/// <summary>A temporary home with the real SQLite store; each lock opened here acts like another hostpool process on it.</summary>
internal sealed class PoolLockTestContext : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public PoolLockTestContext()
    {
        Home = _directory.Home();
    }

    public HostPoolHome Home { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

    public IPoolLock Lock(TimeProvider? time = null) =>
        new SqlitePoolLock(new SqliteDatabase(Home), time ?? Time, new PoolLockOptions { PollInterval = TimeSpan.FromMilliseconds(20) });

    public IAuditLog AuditLog() => new SqliteAuditLog(new SqliteDatabase(Home));

    /// <summary>The identity of a process of this machine that has exited (a real one, started and waited for).</summary>
    public static ProcessIdentity GoneProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return new ProcessIdentity("ops", Environment.MachineName, process.Id);
    }

    public void Dispose() => _directory.Dispose();
}

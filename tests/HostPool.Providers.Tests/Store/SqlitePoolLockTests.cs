using HostPool.Providers.Store;

namespace HostPool.Providers.Tests.Store;

public sealed class SqlitePoolLockTests : IDisposable
{
    private static readonly ProcessIdentity Me = ProcessIdentity.Current();
    private readonly PoolLockTestContext _context = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AcquireAsync_FreePool_RecordsHolderTimeAndMessage()
    {
        await using var lease = await _context.Lock().AcquireAsync("web", Me, "deploy shop", TimeSpan.Zero, Token);

        var held = Assert.Single(await _context.Lock().ListAsync(Token));
        Assert.Equal(new PoolLockRecord("web", Me, _context.Time.GetUtcNow(), "deploy shop"), held);
        Assert.Null(lease.TakenOverFrom);
    }

    [Fact]
    public async Task AcquireAsync_HeldByLiveProcess_ConflictNamesHolderSinceMessageAndWayOut()
    {
        await using var first = await _context.Lock().AcquireAsync("web", Me, "deploy shop", TimeSpan.Zero, Token);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _context.Lock().AcquireAsync("web", Me with { User = "bob" }, "down shop", TimeSpan.Zero, Token));

        Assert.Contains($"{Me.Actor} (pid {Me.Pid})", conflict.Message);
        Assert.Contains("since 2026-11-24 09:30:00Z", conflict.Message);
        Assert.Contains("\"deploy shop\"", conflict.Message);
        Assert.Contains("--lock-wait 5m", conflict.Message);
        Assert.Contains("hostpool lock release web --force", conflict.Message);
        Assert.Equal(ExitCode.Conflict, conflict.ExitCode);
    }

    [Fact]
    public async Task AcquireAsync_OtherPoolHeld_Succeeds()
    {
        await using var web = await _context.Lock().AcquireAsync("web", Me, "deploy shop", TimeSpan.Zero, Token);

        await using var batch = await _context.Lock().AcquireAsync("batch", Me, "deploy jobs", TimeSpan.Zero, Token);

        Assert.Equal(["batch", "web"], (await _context.Lock().ListAsync(Token)).Select(l => l.Pool));
    }

    [Fact]
    public async Task AcquireAsync_WaitingWhileHolderReleases_AcquiresOnceReleased()
    {
        var first = await _context.Lock(TimeProvider.System).AcquireAsync("web", Me, "deploy shop", TimeSpan.Zero, Token);

        var waiting = _context.Lock(TimeProvider.System).AcquireAsync("web", Me, "deploy shop v2", TimeSpan.FromMinutes(1), Token);
        await Task.Delay(100, Token);
        var stillWaiting = !waiting.IsCompleted;
        await first.DisposeAsync();
        await using var second = await waiting;

        Assert.True(stillWaiting);
        Assert.Equal("deploy shop v2", Assert.Single(await _context.Lock().ListAsync(Token)).Message);
    }

    [Fact]
    public async Task AcquireAsync_WaitRunsOut_ConflictSaysItWaited()
    {
        await using var first = await _context.Lock(TimeProvider.System).AcquireAsync("web", Me, "deploy shop", TimeSpan.Zero, Token);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            _context.Lock(TimeProvider.System).AcquireAsync("web", Me, "deploy shop v2", TimeSpan.FromMilliseconds(100), Token));

        Assert.StartsWith("waited 0.1s and pool 'web' is locked by", conflict.Message);
    }

    [Fact]
    public async Task AcquireAsync_HolderProcessGoneOnThisMachine_TakenOverAndSaysFromWhom()
    {
        var gone = PoolLockTestContext.GoneProcess();
        await _context.Lock().AcquireAsync("web", gone, "deploy shop", TimeSpan.Zero, Token);
        _context.Time.Advance(TimeSpan.FromMinutes(5));

        await using var lease = await _context.Lock().AcquireAsync("web", Me, "deploy shop again", TimeSpan.Zero, Token);

        Assert.Equal(gone, lease.TakenOverFrom?.Holder);
        Assert.Equal(new PoolLockRecord("web", Me, _context.Time.GetUtcNow(), "deploy shop again"), Assert.Single(await _context.Lock().ListAsync(Token)));
    }

    [Fact]
    public async Task AcquireAsync_GonePidOnAnotherMachine_NotTakenOver()
    {
        var elsewhere = PoolLockTestContext.GoneProcess() with { Hostname = "build-server-7" };
        await _context.Lock().AcquireAsync("web", elsewhere, "deploy shop", TimeSpan.Zero, Token);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _context.Lock().AcquireAsync("web", Me, "deploy", TimeSpan.Zero, Token));

        Assert.Contains("ops@build-server-7", conflict.Message);
    }

    [Fact]
    public async Task AcquireAsync_ManyProcessesAtOnce_ExactlyOneWins()
    {
        var locks = Enumerable.Range(0, 6).Select(_ => _context.Lock()).ToList();

        var outcomes = await Task.WhenAll(locks.Select((pool, i) => Task.Run(async () =>
        {
            try
            {
                await pool.AcquireAsync("web", Me, $"deploy {i}", TimeSpan.Zero, Token);
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task ForceReleaseAsync_HeldLock_ReturnsItAndFreesThePool()
    {
        await _context.Lock().AcquireAsync("web", Me, "deploy shop", TimeSpan.Zero, Token);

        var released = await _context.Lock().ForceReleaseAsync("web", Token);
        await using var next = await _context.Lock().AcquireAsync("web", Me, "deploy again", TimeSpan.Zero, Token);

        Assert.Equal("deploy shop", released.Message);
        Assert.Null(next.TakenOverFrom);
    }

    [Fact]
    public async Task ForceReleaseAsync_FreePool_NotFound()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => _context.Lock().ForceReleaseAsync("web", Token));

        Assert.Contains("hostpool lock ls", missing.Message);
    }

    [Fact]
    public async Task DisposeAsync_AfterForceReleaseAndReacquireByAnother_LeavesTheNewHolder()
    {
        var old = await _context.Lock().AcquireAsync("web", Me, "deploy old", TimeSpan.Zero, Token);
        await _context.Lock().ForceReleaseAsync("web", Token);
        await using var current = await _context.Lock().AcquireAsync("web", Me, "deploy new", TimeSpan.Zero, Token);

        await old.DisposeAsync();

        Assert.Equal("deploy new", Assert.Single(await _context.Lock().ListAsync(Token)).Message);
    }

    public void Dispose() => _context.Dispose();
}

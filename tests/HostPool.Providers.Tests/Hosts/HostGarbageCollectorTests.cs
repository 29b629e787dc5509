using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using HostPool.Providers.Tests.Hosts.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Providers.Tests.Hosts;

public sealed class HostGarbageCollectorTests
{
    private static HostRecord Creating(string name) => new()
    {
        Name = name, Pool = "default", Driver = "fake", State = HostState.Creating,
        Resources = [new ResourceRef("thing", $"{name}/r1")],
    };

    [Fact]
    public async Task FindAbandonedCreatesAsync_CreatingRecordWithoutLiveCreator_Found()
    {
        using var context = new HostsTestContext();
        await context.Store.AddAsync(Creating("killed"), TestContext.Current.CancellationToken);

        var abandoned = await context.Collector.FindAbandonedCreatesAsync(null, TestContext.Current.CancellationToken);

        Assert.Equal(["killed"], abandoned.Select(h => h.Name));
    }

    [Fact]
    public async Task FindAbandonedCreatesAsync_CreateStillRunning_NotOffered()
    {
        using var context = new HostsTestContext();
        await context.Store.AddAsync(Creating("busy"), TestContext.Current.CancellationToken);
        using var running = CreateLease.Acquire(context.Home, "busy");

        var abandoned = await context.Collector.FindAbandonedCreatesAsync(null, TestContext.Current.CancellationToken);

        Assert.Empty(abandoned);
        await Assert.ThrowsAsync<ConflictException>(() => context.Collector.RemoveAbandonedCreateAsync(Creating("busy"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FindAbandonedCreatesAsync_RunningHost_NeverOffered()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(new HostSpec { Name = "fine", Driver = "fake" }, new Steps(), TestContext.Current.CancellationToken);

        Assert.Empty(await context.Collector.FindAbandonedCreatesAsync(null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RemoveAbandonedCreateAsync_RemovesJournaledResourcesAndRecord()
    {
        using var context = new HostsTestContext(new FakeDriver());
        var interrupted = Creating("killed");
        await context.Store.AddAsync(interrupted, TestContext.Current.CancellationToken);

        await context.Collector.RemoveAbandonedCreateAsync(interrupted, TestContext.Current.CancellationToken);

        Assert.Null(await context.Store.FindAsync("killed", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FindOrphansAsync_DriverWithoutCollector_UsageErrorListingScannableDrivers()
    {
        using var context = new HostsTestContext();

        var error = await Assert.ThrowsAsync<UsageException>(
            () => context.Collector.FindOrphansAsync("fake", new Dictionary<string, IReadOnlyList<string>>(), TestContext.Current.CancellationToken));

        Assert.Contains("ec2", error.Message);
    }

    [Fact]
    public void CreateLease_SecondAcquireWhileHeld_Refused()
    {
        using var context = new HostsTestContext();
        using var first = CreateLease.Acquire(context.Home, "web-1");

        Assert.Null(CreateLease.TryAcquire(context.Home, "web-1"));
        Assert.NotNull(CreateLease.TryAcquire(context.Home, "web-2"));
    }
}

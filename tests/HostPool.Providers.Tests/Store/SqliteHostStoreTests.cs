using HostPool.Providers.Model;
using HostPool.Providers.Tests.Hosts.Fakes;

namespace HostPool.Providers.Tests.Store;

public sealed class SqliteHostStoreTests
{
    private static HostRecord Host(string name) => new() { Name = name, Pool = "default", Driver = "fake" };

    [Fact]
    public async Task UpdateAsync_ManyConcurrentWritersOnSeparateConnections_NoUpdateIsLost()
    {
        using var context = new HostsTestContext();
        await context.Store.AddAsync(Host("shared"), TestContext.Current.CancellationToken);
        var stores = Enumerable.Range(0, 8).Select(_ => context.OpenAnotherStore()).ToList();

        await Task.WhenAll(Enumerable.Range(0, 80).Select(i => Task.Run(() => stores[i % stores.Count].UpdateAsync(
            "shared",
            h => h with { Resources = [.. h.Resources, new ResourceRef("n", i.ToString())] },
            TestContext.Current.CancellationToken))));

        var final = await context.Store.FindAsync("shared", TestContext.Current.CancellationToken);
        Assert.Equal(80, final!.Resources.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task AddAsync_ConcurrentSameName_ExactlyOneWins()
    {
        using var context = new HostsTestContext();
        var stores = Enumerable.Range(0, 6).Select(_ => context.OpenAnotherStore()).ToList();

        var outcomes = await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            try
            {
                await store.AddAsync(Host("web-1"), TestContext.Current.CancellationToken);
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
    public async Task StoreFile_AfterFirstUse_IsOwnerOnlyAndHoldsRelativePaths()
    {
        using var context = new HostsTestContext();
        await context.Store.AddAsync(
            Host("web-1") with { Ssh = new SshEndpoint("192.0.2.1", 22, "root", context.Home.ToRelative(Path.Combine(context.Home.MachineDirectory("web-1"), "id_ed25519"))) },
            TestContext.Current.CancellationToken);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(context.Home.StoreFile));
        var stored = await context.Store.FindAsync("web-1", TestContext.Current.CancellationToken);
        Assert.False(Path.IsPathRooted(stored!.Ssh!.PrivateKeyPath));
    }

    [Fact]
    public async Task AddAsync_ConcurrentFirstUseOfANewHome_EveryWriterSeesTheSchema()
    {
        // Several creates at once on a home whose database does not exist yet (create --count N on a fresh home):
        // none may run before the schema does.
        for (var round = 0; round < 5; round++)
        {
            using var context = new HostsTestContext();

            await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(
                () => context.Store.AddAsync(Host($"h{i}"), TestContext.Current.CancellationToken))));

            Assert.Equal(12, (await context.Store.ListAsync(TestContext.Current.CancellationToken)).Count);
        }
    }

    [Fact]
    public async Task UpdateAsync_UnknownHost_NotFound()
    {
        using var context = new HostsTestContext();

        await Assert.ThrowsAsync<NotFoundException>(
            () => context.Store.UpdateAsync("ghost", h => h, TestContext.Current.CancellationToken));
    }
}

using HostPool.Providers.Model;
using HostPool.Providers.Tests.Hosts.Fakes;

namespace HostPool.Providers.Tests.Hosts;

public sealed class HostRemoverTests
{
    private static readonly HostSpec Spec = new() { Name = "db-1", Driver = "fake" };

    [Fact]
    public async Task RemoveAsync_ProviderUnreachable_KeepsHostInErrorAndSaysHowToForce()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(Spec, new Steps(), TestContext.Current.CancellationToken);
        context.Driver.FailRemove = true;

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => context.Remover.RemoveAsync("db-1", force: false, TestContext.Current.CancellationToken));

        Assert.Contains("hostpool rm -f db-1", error.Message);
        Assert.Equal(HostState.Error, (await context.Store.FindAsync("db-1", TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task RemoveAsync_ForceWithProviderUnreachable_ForgetsHostAndWarnsWithResources()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(Spec, new Steps(), TestContext.Current.CancellationToken);
        context.Driver.FailRemove = true;

        var warnings = await context.Remover.RemoveAsync("db-1", force: true, TestContext.Current.CancellationToken);

        var warning = Assert.Single(warnings);
        Assert.Contains("thing db-1/r1", warning);
        Assert.Null(await context.Store.FindAsync("db-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RemoveAsync_UnknownHost_NotFoundNamingLs()
    {
        using var context = new HostsTestContext();

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => context.Remover.RemoveAsync("ghost", force: false, TestContext.Current.CancellationToken));

        Assert.Contains("hostpool ls", error.Message);
    }

    [Fact]
    public async Task RemoveAsync_CreatedHost_RemovesResourcesFolderAndRecord()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(Spec, new Steps(), TestContext.Current.CancellationToken);
        Directory.CreateDirectory(context.Home.MachineDirectory("db-1"));

        var warnings = await context.Remover.RemoveAsync("db-1", force: false, TestContext.Current.CancellationToken);

        Assert.Empty(warnings);
        Assert.Empty(context.Driver.Live);
        Assert.False(Directory.Exists(context.Home.MachineDirectory("db-1")));
        Assert.Null(await context.Store.FindAsync("db-1", TestContext.Current.CancellationToken));
    }
}

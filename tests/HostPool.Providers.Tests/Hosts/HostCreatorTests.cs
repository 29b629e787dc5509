using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using HostPool.Providers.Store;
using HostPool.Providers.Tests.Hosts.Fakes;

namespace HostPool.Providers.Tests.Hosts;

public sealed class HostCreatorTests
{
    private static HostSpec Spec(string name = "web-1") => new()
    {
        Name = name,
        Driver = "fake",
        Pool = "blue",
        DriverOptions = new Dictionary<string, IReadOnlyList<string>> { ["fake-size"] = ["large"], ["fake-token"] = ["s3cret-token"] },
    };

    [Fact]
    public async Task CreateAsync_AllStepsSucceed_RecordIsRunningWithJournalAndNoSecretFlags()
    {
        using var context = new HostsTestContext();

        var host = await context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken);

        Assert.Equal(HostState.Running, host.State);
        Assert.Equal("blue", host.Pool);
        Assert.Equal("20.10.24", host.DockerVersion);
        Assert.Equal(3, host.Resources.Count);
        Assert.Equal(["large"], host.DriverOptions["fake-size"]);
        Assert.False(host.DriverOptions.ContainsKey("fake-token"));
        var stored = await context.Store.FindAsync("web-1", TestContext.Current.CancellationToken);
        Assert.Equal(HostRecordJson.Serialize(host), HostRecordJson.Serialize(stored!));
        Assert.DoesNotContain("s3cret-token", await File.ReadAllTextAsync(context.Home.StoreFile, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateAsync_SystemLabelsAndHostname_PassedToProvisioner()
    {
        using var context = new HostsTestContext(new FakeDriver { Capabilities = Drivers.DriverCapabilities.SetsHostname });

        await context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken);

        var request = Assert.Single(context.Provisioner.Requests);
        Assert.Contains("provider=fake", request.SystemLabels);
        Assert.Contains("hostpool.host=web-1", request.SystemLabels);
        Assert.True(request.SetHostname);
        Assert.Equal("192.0.2.10", request.Host.PublicAddress);
    }

    [Fact]
    public async Task CreateAsync_DriverFailsAfterSecondResource_RemovesBothAndTheRecord()
    {
        using var context = new HostsTestContext(new FakeDriver { FailAfterResources = 2 });

        var error = await Assert.ThrowsAsync<HostCreateException>(
            () => context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken));

        Assert.Equal("making resource 2", error.Step);
        Assert.True(error.RolledBack);
        Assert.Contains("refused resource 2", error.Message);
        Assert.Contains("Everything it had made was removed", error.Message);
        Assert.Equal(ExitCode.ProviderError, error.ExitCode);
        Assert.Empty(context.Driver.Live);
        Assert.Null(await context.Store.FindAsync("web-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateAsync_ProvisioningFails_RollsBackMachineAndFolder()
    {
        using var context = new HostsTestContext();
        context.Provisioner.Failure = new ProviderException("engine did not answer over TLS");
        Directory.CreateDirectory(context.Home.MachineDirectory("web-1"));

        var error = await Assert.ThrowsAsync<HostCreateException>(
            () => context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken));

        Assert.Equal("configuring engine", error.Step);
        Assert.Empty(context.Driver.Live);
        Assert.False(Directory.Exists(context.Home.MachineDirectory("web-1")));
        Assert.Empty(await context.Store.ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateAsync_CancelledMidCreate_RollsBackAndReportsCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        using var context = new HostsTestContext(new FakeDriver { CancelAfterResources = (2, cancellation) });

        var error = await Assert.ThrowsAsync<HostCreateException>(
            () => context.Creator.CreateAsync(Spec(), new Steps(), cancellation.Token));

        Assert.Equal(ExitCode.Cancelled, error.ExitCode);
        Assert.Contains("cancelled", error.Message);
        Assert.Empty(context.Driver.Live);
        Assert.Empty(await context.Store.ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateAsync_RollbackCannotReachProvider_KeepsHostInErrorWithItsJournal()
    {
        var driver = new FakeDriver { FailAfterResources = 2 };
        using var context = new HostsTestContext(driver);
        driver.FailRemove = true;

        var error = await Assert.ThrowsAsync<HostCreateException>(
            () => context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken));

        Assert.False(error.RolledBack);
        Assert.Contains("hostpool rm web-1", error.Message);
        var kept = await context.Store.FindAsync("web-1", TestContext.Current.CancellationToken);
        Assert.NotNull(kept);
        Assert.Equal(HostState.Error, kept.State);
        Assert.Equal("making resource 2", kept.FailedStep);
        Assert.Equal(["web-1/r1", "web-1/r2"], kept.Resources.Select(r => r.Id));

        driver.FailRemove = false;
        await context.Remover.RemoveAsync("web-1", force: false, TestContext.Current.CancellationToken);
        Assert.Empty(driver.Live);
    }

    [Fact]
    public async Task CreateAsync_NameAlreadyTaken_ConflictAndExistingHostUntouched()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ConflictException>(
            () => context.Creator.CreateAsync(Spec(), new Steps(), TestContext.Current.CancellationToken));

        Assert.Equal(3, context.Driver.Live.Count);
        Assert.Equal(HostState.Running, (await context.Store.FindAsync("web-1", TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task CreateAsync_InvalidName_UsageErrorBeforeAnythingIsMade()
    {
        using var context = new HostsTestContext();

        await Assert.ThrowsAsync<UsageException>(
            () => context.Creator.CreateAsync(Spec("bad_name!"), new Steps(), TestContext.Current.CancellationToken));

        Assert.Empty(context.Driver.Live);
        Assert.Empty(await context.Store.ListAsync(TestContext.Current.CancellationToken));
    }
}

using HostPool.Integration.Tests.Support;
using HostPool.Providers.Local;

namespace HostPool.Integration.Tests.Local;

public sealed class LocalHostRollbackTests
{
    [Theory]
    [InlineData(LocalResourceKinds.NetworkNamespace)]
    [InlineData(LocalResourceKinds.Veth)]
    [InlineData(LocalResourceKinds.Process)]
    public async Task RemoveAsync_JournalFailedAfterAResource_LeavesNothing(string failAfter)
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var journal = new RecordingJournal { FailAfterKind = failAfter };

        await Assert.ThrowsAsync<IOException>(() => bed.Driver.CreateAsync(bed.Spec("broken-1"), journal, new Progress<string>(), ct));
        var host = LocalTestBed.RecordOf("broken-1", journal, handle: null);
        var pids = LeftoverCheck.ProcessesOf(bed.Home, host.Name);

        await bed.Driver.RemoveAsync(host, ct);

        Assert.Contains(journal.Resources, r => r.Kind == failAfter);
        Assert.Empty(LeftoverCheck.Of(bed.Home, host, bed.Bridge, pids));
    }

    [Fact]
    public async Task RemoveAsync_CreateCancelledAfterTheVeth_LeavesNothing()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var journal = new RecordingJournal { OnRecorded = r => { if (r.Kind == LocalResourceKinds.Veth) cancel.Cancel(); } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => bed.Driver.CreateAsync(bed.Spec("cancelled-1"), journal, new Progress<string>(), cancel.Token));
        var host = LocalTestBed.RecordOf("cancelled-1", journal, handle: null);
        var pids = LeftoverCheck.ProcessesOf(bed.Home, host.Name);

        await bed.Driver.RemoveAsync(host, ct);

        Assert.Empty(LeftoverCheck.Of(bed.Home, host, bed.Bridge, pids));
    }

    [Fact]
    public async Task RemoveAsync_OneOfTwoHosts_KeepsTheBridgeUntilTheLastGoes()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var first = await bed.CreateAsync("pair-1", ct);
        var second = await bed.CreateAsync("pair-2", ct);

        await bed.Driver.RemoveAsync(first, ct);

        Assert.True(Directory.Exists($"/sys/class/net/{bed.Bridge}"));
        await using (var session = await bed.Connector.ConnectAsync(second.Name, second.Ssh!, ct))
        {
            Assert.Equal("pair-2", (await session.RunAsync("hostname", ct)).StandardOutput.Trim());
        }

        await bed.Driver.RemoveAsync(second, ct);
        Assert.False(Directory.Exists($"/sys/class/net/{bed.Bridge}"));
    }
}

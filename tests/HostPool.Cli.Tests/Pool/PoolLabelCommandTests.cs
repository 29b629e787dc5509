using HostPool.Providers.Model;

namespace HostPool.Cli.Tests.Pool;

public sealed class PoolLabelCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Label_SetAndRemove_StoredOnTheHostRecord()
    {
        await AddHostAsync("h1", new Dictionary<string, string> { ["old"] = "x" });

        var (code, output, error) = await _cli.RunAsync("pool", "label", "h1", "zone=a", "disk=ssd", "old-");

        Assert.True(code == 0, error);
        Assert.Equal("disk=ssd,zone=a", output.Trim());
        var stored = await _cli.Store.FindAsync("h1", TestContext.Current.CancellationToken);
        Assert.Equal(new Dictionary<string, string> { ["disk"] = "ssd", ["zone"] = "a" }, stored!.Labels);
    }

    [Fact]
    public async Task Label_MalformedEdit_UsageErrorAndRecordUnchanged()
    {
        await AddHostAsync("h1", new Dictionary<string, string> { ["zone"] = "a" });

        var (code, _, error) = await _cli.RunAsync("pool", "label", "h1", "zone");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("KEY=VALUE", error);
        Assert.Equal("a", (await _cli.Store.FindAsync("h1", TestContext.Current.CancellationToken))!.Labels["zone"]);
    }

    [Fact]
    public async Task DrainThenUndrain_LabelSetThenRemoved()
    {
        await AddHostAsync("h1", new Dictionary<string, string>());

        var drained = await _cli.RunAsync("drain", "h1");
        var labelsWhileDrained = (await _cli.Store.FindAsync("h1", TestContext.Current.CancellationToken))!.Labels;
        var undrained = await _cli.RunAsync("undrain", "h1");

        Assert.Equal("h1: drained", drained.Out.Trim());
        Assert.Equal("true", labelsWhileDrained["hostpool.drained"]);
        Assert.Equal("h1: ready", undrained.Out.Trim());
        Assert.Empty((await _cli.Store.FindAsync("h1", TestContext.Current.CancellationToken))!.Labels);
    }

    [Fact]
    public async Task Drain_UnknownHost_NotFound()
    {
        var (code, _, _) = await _cli.RunAsync("drain", "nope");

        Assert.Equal((int)ExitCode.NotFound, code);
    }

    public void Dispose() => _cli.Dispose();

    private Task AddHostAsync(string name, IReadOnlyDictionary<string, string> labels) =>
        _cli.Store.AddAsync(new HostRecord { Name = name, Pool = "default", Driver = "generic", State = HostState.Stopped, Labels = labels }, TestContext.Current.CancellationToken);
}

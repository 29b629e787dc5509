using HostPool.Providers.Model;

namespace HostPool.Cli.Tests.Pool;

/// <summary>logs, exec, restart, top and image push on an empty pool: the errors say what to do.</summary>
public sealed class OperationCommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("logs")]
    [InlineData("restart", "web")]
    [InlineData("restart", "-p", "shop")]
    [InlineData("exec", "web", "--", "true")]
    public async Task ProjectCommand_NoProjectRuns_ExitsNotFoundPointingAtDeploy(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(args);

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("hostpool deploy", error);
    }

    [Fact]
    public async Task Restart_NameIsNeitherHostNorService_SaysSoForBoth()
    {
        var (code, _, error) = await _cli.RunAsync("restart", "web-9");

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("hostpool deploy", error);
        Assert.Contains("No host is named web-9 either", error);
    }

    [Fact]
    public async Task Restart_HostName_RestartsTheHostNotAService()
    {
        await _cli.Store.AddAsync(new HostRecord { Name = "h1", Pool = "default", Driver = "generic", State = HostState.Stopped }, TestContext.Current.CancellationToken);

        var (code, _, error) = await _cli.RunAsync("restart", "h1");

        // The generic driver cannot restart a machine it does not own: the host path answered, not the project one.
        Assert.NotEqual(0, code);
        Assert.Contains("The generic driver cannot restart", error);
    }

    [Fact]
    public async Task Restart_TimeoutWithHostNames_ExitsUsage()
    {
        await _cli.Store.AddAsync(new HostRecord { Name = "h1", Pool = "default", Driver = "generic", State = HostState.Stopped }, TestContext.Current.CancellationToken);

        var (code, _, error) = await _cli.RunAsync("restart", "-t", "5", "h1");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--timeout applies to services", error);
    }

    [Fact]
    public async Task Exec_ReplicaZero_ExitsUsage()
    {
        var (code, _, error) = await _cli.RunAsync("exec", "web.0", "--", "true");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("numbered from 1", error);
    }

    [Fact]
    public async Task Exec_NoCommand_ExitsUsage()
    {
        var (code, _, _) = await _cli.RunAsync("exec", "web");

        Assert.Equal((int)ExitCode.Usage, code);
    }

    [Fact]
    public async Task ImagePush_UnknownHost_ExitsNotFoundNamingIt()
    {
        var (code, _, error) = await _cli.RunAsync("image", "push", "busybox", "--host", "nope");

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("No host named nope", error);
    }

    [Fact]
    public async Task Top_Json_NoHosts_PrintsAnEmptyList()
    {
        var (code, output, _) = await _cli.RunAsync("top", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("[]", output.Trim());
    }

    public void Dispose() => _cli.Dispose();
}

namespace HostPool.Cli.Tests.Pool;

/// <summary>logs, exec, restart-service, top and image push on an empty pool: the errors say what to do.</summary>
public sealed class OperationCommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("logs")]
    [InlineData("restart-service", "web")]
    [InlineData("exec", "web", "--", "true")]
    public async Task ProjectCommand_NoProjectRuns_ExitsNotFoundPointingAtDeploy(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(args);

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("hostpool deploy", error);
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

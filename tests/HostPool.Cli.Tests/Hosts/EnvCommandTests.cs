using HostPool.Providers.Model;

namespace HostPool.Cli.Tests.Hosts;

public sealed class EnvCommandTests
{
    private static HostRecord Running(string name, string address) => new()
    {
        Name = name, Pool = "default", Driver = "generic", State = HostState.Running, PublicAddress = address,
    };

    [Fact]
    public async Task Env_Bash_ExportsTlsVariablesForTheHost()
    {
        using var cli = new CliRun();
        await cli.Store.AddAsync(Running("web-1", "10.213.0.5"), TestContext.Current.CancellationToken);

        var (code, output, _) = await cli.RunAsync("env", "web-1");

        Assert.Equal(0, code);
        Assert.Contains("export DOCKER_TLS_VERIFY=\"1\"", output);
        Assert.Contains("export DOCKER_HOST=\"tcp://10.213.0.5:2376\"", output);
        Assert.Contains($"export DOCKER_CERT_PATH=\"{cli.Home.CertificatesDirectory}\"", output);
        Assert.Contains("eval \"$(hostpool env web-1 --shell bash)\"", output);
    }

    [Fact]
    public async Task Env_Fish_UsesSetGx()
    {
        using var cli = new CliRun();
        await cli.Store.AddAsync(Running("web-1", "10.213.0.5"), TestContext.Current.CancellationToken);

        var (_, output, _) = await cli.RunAsync("env", "web-1", "--shell", "fish");

        Assert.Contains("set -gx DOCKER_HOST \"tcp://10.213.0.5:2376\";", output);
    }

    [Fact]
    public async Task Env_PowershellUnset_RemovesEveryVariable()
    {
        using var cli = new CliRun();

        var (code, output, _) = await cli.RunAsync("env", "--unset", "--shell", "powershell");

        Assert.Equal(0, code);
        foreach (var variable in new[] { "DOCKER_TLS_VERIFY", "DOCKER_HOST", "DOCKER_CERT_PATH", "HOSTPOOL_ACTIVE_HOST" })
        {
            Assert.Contains($"Remove-Item Env:\\{variable}", output);
        }
    }

    [Fact]
    public async Task Env_UnknownHost_NotFoundExitCodeAndHint()
    {
        using var cli = new CliRun();

        var (code, _, error) = await cli.RunAsync("env", "ghost");

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("hostpool ls", error);
    }

    [Fact]
    public async Task Ip_SeveralHosts_OnePerLineInOrderGiven()
    {
        using var cli = new CliRun();
        await cli.Store.AddAsync(Running("a", "10.213.0.2"), TestContext.Current.CancellationToken);
        await cli.Store.AddAsync(Running("b", "10.213.0.3"), TestContext.Current.CancellationToken);

        var (code, output, _) = await cli.RunAsync("ip", "b", "a");

        Assert.Equal(0, code);
        Assert.Equal(["10.213.0.3", "10.213.0.2"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Url_OneKnownOneUnknown_PartialFailureNamesTheMissingOne()
    {
        using var cli = new CliRun();
        await cli.Store.AddAsync(Running("a", "10.213.0.2"), TestContext.Current.CancellationToken);

        var (code, _, error) = await cli.RunAsync("url", "a", "nope");

        Assert.Equal((int)ExitCode.PartialFailure, code);
        Assert.Contains("1 of 2 hosts failed", error);
        Assert.Contains("nope: No host named 'nope'", error);
    }

    [Fact]
    public async Task Inspect_Host_PrintsJsonRecord()
    {
        using var cli = new CliRun();
        await cli.Store.AddAsync(Running("web-1", "10.213.0.5"), TestContext.Current.CancellationToken);

        var (code, output, _) = await cli.RunAsync("inspect", "web-1");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("web-1", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("Running", json.RootElement.GetProperty("state").GetString());
    }
}

using System.Net.Sockets;
using System.Text.Json;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Cli;

/// <summary>The host commands end to end on three real local hosts, through the real docker and OpenSSH clients.</summary>
[Collection(RealHosts.Collection)]
public sealed class HostCommandsTests(ThreeHostPool pool) : IClassFixture<ThreeHostPool>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_CountThree_ThreeRunningHostsWithDistinctAddresses()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();

        var listed = (await pool.Cli.RunAsync("ls", "--format", "json")).ShouldSucceed();

        var hosts = JsonDocument.Parse(listed.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["it-1", "it-2", "it-3"], hosts.Select(h => h.GetProperty("name").GetString()));
        Assert.All(hosts, h => Assert.Equal("Running", h.GetProperty("state").GetString()));
        Assert.All(hosts, h => Assert.StartsWith("20.10", h.GetProperty("docker").GetString()));
        Assert.Equal(3, hosts.Select(h => h.GetProperty("url").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Env_DockerCliOverTls_RunsAContainerThatServesHttp()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        var environment = DockerCli.ParseEnv((await pool.Cli.RunAsync("env", "it-1")).ShouldSucceed().Out);
        Assert.Equal("1", environment["DOCKER_TLS_VERIFY"]);

        await using var image = await DockerCli.BusyboxImageTarAsync(Token);
        var imported = await DockerCli.RunAsync(environment, "import - hostpool/busybox:it", image, Token);
        Assert.True(imported.Code == 0, imported.Error);
        var echoed = await DockerCli.RunAsync(environment, "run --rm hostpool/busybox:it echo hello-from-it-1", null, Token);
        Assert.True(echoed.Code == 0, echoed.Error);
        Assert.Equal("hello-from-it-1", echoed.Out.Trim());

        var started = await DockerCli.RunAsync(environment,
            "run -d --name web -p 8080:8080 hostpool/busybox:it sh -c \"mkdir -p /www && echo served-by-it-1 > /www/index.html && exec httpd -f -p 8080 -h /www\"",
            null, Token);
        Assert.True(started.Code == 0, started.Error);
        var address = (await pool.Cli.RunAsync("ip", "it-1")).ShouldSucceed().Out.Trim();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var body = await Eventually.GetStringAsync(http, $"http://{address}:8080/", Token);
        Assert.Equal("served-by-it-1", body.Trim());
    }

    [Fact]
    public async Task Engine_ClientWithoutCertificate_RefusedAndNothingOn2375()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        var address = (await pool.Cli.RunAsync("ip", "it-2")).ShouldSucceed().Out.Trim();
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetStringAsync($"https://{address}:2376/_ping", Token));

        using var plain = new TcpClient();
        var refused = await Assert.ThrowsAsync<SocketException>(async () => await plain.ConnectAsync(address, 2375, Token));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task Ssh_Command_RunsOnTheHostWithItsHostname()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();

        var result = (await pool.Cli.RunAsync("ssh", "it-2", "--", "hostname")).ShouldSucceed();

        Assert.Equal("it-2", result.Out.Trim());
        Assert.Equal(7, (await pool.Cli.RunAsync("ssh", "it-2", "--", "sh", "-c", "'exit 7'")).Code);
    }

    [Fact]
    public async Task StopThenStart_HostComesBackUsable()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();

        (await pool.Cli.RunAsync("stop", "it-3")).ShouldSucceed();
        Assert.Equal("Stopped", (await pool.Cli.RunAsync("status", "it-3")).ShouldSucceed().Out.Trim());
        (await pool.Cli.RunAsync("start", "it-3")).ShouldSucceed();

        Assert.Equal("Running", (await pool.Cli.RunAsync("status", "it-3")).ShouldSucceed().Out.Trim());
        var environment = DockerCli.ParseEnv((await pool.Cli.RunAsync("env", "it-3")).ShouldSucceed().Out);
        var info = await DockerCli.RunAsync(environment, "info --format {{.Name}}", null, Token);
        Assert.True(info.Code == 0, info.Error);
        Assert.Equal("it-3", info.Out.Trim());
    }

    [Fact]
    public async Task Provision_HostKeyChanged_RefusedUntilAcceptedDeliberately()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        var pinFile = Path.Combine(pool.Cli.Home.MachineDirectory("it-2"), "host_key");
        var original = await File.ReadAllTextAsync(pinFile, Token);
        var forged = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(51));
        await File.WriteAllTextAsync(pinFile, $"ssh-ed25519 {forged}\n", Token);

        var refused = await pool.Cli.RunAsync("provision", "it-2");

        Assert.Equal((int)ExitCode.Conflict, refused.Code);
        Assert.Contains("--accept-new-host-key", refused.Error);
        (await pool.Cli.RunAsync("provision", "it-2", "--accept-new-host-key")).ShouldSucceed();
        Assert.Equal(original.Split(' ')[1], (await File.ReadAllTextAsync(pinFile, Token)).Split(' ')[1]);
    }

    [Fact]
    public async Task CreateGeneric_AdoptsExistingMachine_KeepsEngineAndHostnameAndRmLeavesItRunning()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        var machine = await pool.HostAsync("it-1");
        var address = machine.GetProperty("publicAddress").GetString()!;
        var key = pool.Cli.Home.Resolve(machine.GetProperty("ssh").GetProperty("privateKeyPath").GetString()!);

        var adopted = await pool.Cli.RunAsync("create", "--driver", "generic", "--generic-ip", address, "--generic-ssh-key", key, "adopted");

        adopted.ShouldSucceed();
        Assert.Contains("Docker 20.10", adopted.Out);
        Assert.Equal("it-1", (await pool.Cli.RunAsync("ssh", "adopted", "--", "hostname")).ShouldSucceed().Out.Trim());
        (await pool.Cli.RunAsync("rm", "-y", "adopted")).ShouldSucceed();
        Assert.Equal("Running", (await pool.Cli.RunAsync("status", "it-1")).ShouldSucceed().Out.Trim());
    }
}

using System.Text.Json;
using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Cloud;

/// <summary>
/// `hostpool create --driver ec2` through the real CLI against the EC2 simulator, whose instances are real local
/// hosts: the hosts run Docker over mutual TLS, `rm` leaves the simulator with no live resource, and a create
/// killed outright leaves what `gc` then finds and removes completely.
/// </summary>
[Collection(RealHosts.Collection)]
public sealed class Ec2CliTests
{
    private const string AccessKey = "AKIDHOSTPOOLTEST0001";
    private const string SecretKey = "hostpool-test-secret";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_CountThreeOnSimulator_RunningDockerHostsAndRmLeavesNoLiveResource()
    {
        RootNamespaces.RequireDocker();
        UseSimulatorCredentials();
        await using var cloud = await CloudSimProcess.StartAsync("ec2", Token);
        await using var cli = new CliHarness("hpec2cli0", "10.217.9.0/24");

        (await cli.RunAsync(["create", .. Ec2Flags(cloud), "--count", "3", "cloud"])).ShouldSucceed();

        var listed = JsonDocument.Parse((await cli.RunAsync("ls", "--format", "json")).ShouldSucceed().Out).RootElement;
        Assert.Equal(3, listed.GetArrayLength());
        Assert.All(listed.EnumerateArray(), h => Assert.Equal("Running", h.GetProperty("state").GetString()));
        Assert.All(listed.EnumerateArray(), h => Assert.StartsWith("20.10", h.GetProperty("docker").GetString()));
        var inspect = JsonDocument.Parse((await cli.RunAsync("inspect", "cloud-1")).ShouldSucceed().Out).RootElement;
        Assert.Matches("^i-[0-9a-f]{17}$", inspect.GetProperty("providerId").GetString());
        Assert.DoesNotContain(SecretKey, (await cli.RunAsync("inspect", "cloud-1")).Out);
        Assert.NotEmpty(await cloud.LiveResourcesAsync(Token));

        (await cli.RunAsync("rm", "-y", "cloud-1", "cloud-2", "cloud-3")).ShouldSucceed();

        Assert.Empty(await cloud.LiveResourcesAsync(Token));
    }

    [Fact]
    public async Task Gc_AfterCreateProcessKilledMidway_FindsAndRemovesEverything()
    {
        RootNamespaces.RequireDocker();
        UseSimulatorCredentials();
        await using var cloud = await CloudSimProcess.StartAsync("ec2", Token);
        await using var cli = new CliHarness("hpec2cli1", "10.217.10.0/24");
        using var create = CliProcess.Start(cli, ["create", .. Ec2Flags(cloud), "killed"]);

        await cloud.WaitForLiveAsync("instance", Token);
        create.Kill(entireProcessTree: true);
        await create.WaitForExitAsync(Token);
        Assert.NotEmpty(await cloud.LiveResourcesAsync(Token));

        var gc = (await cli.RunAsync("gc", "--driver", "ec2", "--ec2-endpoint", cloud.Endpoint.ToString(), "--ec2-region", "us-east-1", "-y")).ShouldSucceed();

        Assert.Contains("interrupted create: host killed", gc.Out);
        Assert.Empty(await cloud.LiveResourcesAsync(Token));
        Assert.Empty((await cli.RunAsync("ls", "-q")).ShouldSucceed().Out.Trim());
        Assert.False(Directory.Exists(cli.Home.MachineDirectory("killed")));
    }

    private static string[] Ec2Flags(CloudSimProcess cloud) =>
        ["--driver", "ec2", "--ec2-endpoint", cloud.Endpoint.ToString(), "--ec2-region", "us-east-1", "--ec2-ssh-user", "root"];

    private static void UseSimulatorCredentials()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", SecretKey);
    }
}

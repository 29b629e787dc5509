using System.Text.Json;
using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Cloud;

/// <summary>
/// `hostpool create --driver openstack` through the real CLI against the OpenStack simulator, whose servers are real
/// local hosts: the hosts answer SSH and run Docker over mutual TLS, `rm` leaves the simulator with no live resource,
/// and a create killed with SIGKILL leaves what `gc --driver openstack` then finds and removes completely.
/// </summary>
[Collection(RealHosts.Collection)]
public sealed class OpenStackCliTests
{
    private const string Password = "simulator-password";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_CountTwoOnSimulator_HostsAnswerSshAndDockerAndRmLeavesNoLiveResource()
    {
        RootNamespaces.RequireDocker();
        Environment.SetEnvironmentVariable("OS_PASSWORD", Password);
        await using var cloud = await CloudSimProcess.StartAsync("openstack", Token);
        await using var cli = new CliHarness("hposcli0", "10.217.11.0/24");

        (await cli.RunAsync(["create", .. OpenStackFlags(cloud), "--count", "2", "stack"])).ShouldSucceed();

        var listed = JsonDocument.Parse((await cli.RunAsync("ls", "--format", "json")).ShouldSucceed().Out).RootElement;
        Assert.Equal(2, listed.GetArrayLength());
        Assert.All(listed.EnumerateArray(), h => Assert.Equal("Running", h.GetProperty("state").GetString()));
        Assert.All(listed.EnumerateArray(), h => Assert.StartsWith("20.10", h.GetProperty("docker").GetString()));
        var inspect = (await cli.RunAsync("inspect", "stack-1")).ShouldSucceed().Out;
        var serverId = JsonDocument.Parse(inspect).RootElement.GetProperty("providerId").GetString()!;
        Assert.DoesNotContain(Password, inspect);
        var hostname = (await cli.RunAsync("ssh", "stack-1", "--", "hostname")).ShouldSucceed().Out.Trim();
        Assert.Equal("os-" + serverId.Replace("-", "", StringComparison.Ordinal)[..12], hostname);
        Assert.NotEmpty(await cloud.LiveResourcesAsync(Token));

        (await cli.RunAsync("rm", "-y", "stack-1", "stack-2")).ShouldSucceed();

        Assert.Empty(await cloud.LiveResourcesAsync(Token));
    }

    [Fact]
    public async Task Gc_AfterCreateProcessKilledMidway_FindsAndRemovesEverything()
    {
        RootNamespaces.RequireDocker();
        Environment.SetEnvironmentVariable("OS_PASSWORD", Password);
        await using var cloud = await CloudSimProcess.StartAsync("openstack", Token);
        await using var cli = new CliHarness("hposcli1", "10.217.12.0/24");
        using var create = CliProcess.Start(cli, ["create", .. OpenStackFlags(cloud), "killed"]);

        await cloud.WaitForLiveAsync("server", Token);
        create.Kill(entireProcessTree: true);
        await create.WaitForExitAsync(Token);
        Assert.NotEmpty(await cloud.LiveResourcesAsync(Token));

        var gc = (await cli.RunAsync(["gc", "--driver", "openstack", .. OpenStackFlags(cloud)[2..], "-y"])).ShouldSucceed();

        Assert.Contains("interrupted create: host killed", gc.Out);
        Assert.Empty(await cloud.LiveResourcesAsync(Token));
        Assert.Empty((await cli.RunAsync("ls", "-q")).ShouldSucceed().Out.Trim());
        Assert.False(Directory.Exists(cli.Home.MachineDirectory("killed")));
    }

    /// <summary>The driver and its flags; the password comes from OS_PASSWORD, as a user's openrc provides it.</summary>
    private static string[] OpenStackFlags(CloudSimProcess cloud) =>
    [
        "--driver", "openstack", "--openstack-auth-url", new Uri(cloud.Endpoint, "identity/v3").ToString(),
        "--openstack-username", "hostpool", "--openstack-project-name", "hostpool", "--openstack-ssh-user", "root",
    ];
}

using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Cloud;

/// <summary>
/// One pool of a local host and hosts from the EC2, DigitalOcean, OpenStack and Azure simulators (real local
/// hosts on one bridge behind each cloud's API): a project with a service on each provider is deployed across
/// them, every service reaches every other by name, and removing the hosts leaves every simulator with no live
/// resource.
/// </summary>
[Collection(RealHosts.Collection)]
public sealed class FourCloudPoolTests : IDisposable
{
    private static readonly string[] Providers = ["local", "ec2", "digitalocean", "openstack", "azure"];

    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-clouds-it-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deploy_PoolAcrossLocalAndFourCloudSimulators_ServicesReachEachOtherByNameAndRmLeavesNoLiveResource()
    {
        RootNamespaces.RequireDocker();
        SimulatorFlags.UseSimulatorCredentials();
        await using var ec2 = await CloudSimProcess.StartAsync("ec2", Token);
        await using var digitalocean = await CloudSimProcess.StartAsync("digitalocean", Token);
        await using var openstack = await CloudSimProcess.StartAsync("openstack", Token);
        await using var azure = await CloudSimProcess.StartAsync("azure", Token);
        // The simulators put their machines on the local driver's default bridge; the local host joins it too.
        await using var cli = new CliHarness(CloudSimProcess.Bridge, CloudSimProcess.Subnet);
        try
        {
            var creates = await Task.WhenAll(
                cli.RunAsync(["create", .. cli.LocalFlags, "mc-local"], Token),
                cli.RunAsync(["create", .. SimulatorFlags.For("ec2", ec2), "mc-ec2"], Token),
                cli.RunAsync(["create", .. SimulatorFlags.For("digitalocean", digitalocean), "mc-digitalocean"], Token),
                cli.RunAsync(["create", .. SimulatorFlags.For("openstack", openstack), "mc-openstack"], Token),
                cli.RunAsync(["create", .. SimulatorFlags.For("azure", azure), "mc-azure"], Token));
            Assert.All(creates, c => c.ShouldSucceed());

            var environment = DockerCli.ParseEnv((await cli.RunAsync("env", "mc-local")).ShouldSucceed().Out);
            await using (var image = await DockerCli.BusyboxImageTarAsync(Token))
            {
                var imported = await DockerCli.RunAsync(environment, "import - hostpool/busybox:clouds-it", image, Token);
                Assert.True(imported.Code == 0, imported.Error);
            }

            var file = Path.Combine(_folder, "compose.yaml");
            await File.WriteAllTextAsync(file, "name: clouds\nservices:\n" + string.Concat(Providers.Select(provider => $$"""
                  at-{{provider}}:
                    image: hostpool/busybox:clouds-it
                    init: true
                    command: [sh, -c, "mkdir -p /www && echo {{provider}} > /www/index.html && exec httpd -f -p 8080 -h /www"]
                    deploy: { placement: { constraints: [engine.labels.provider=={{provider}}] } }

                """)), Token);

            (await cli.RunAsync("deploy", "-f", file)).ShouldSucceed();

            foreach (var from in Providers)
            {
                foreach (var to in Providers.Where(p => p != from))
                {
                    var answer = await EventuallyAsync(cli, from, to);
                    Assert.Equal(to, answer);
                }
            }

            (await cli.RunAsync("down", "-p", "clouds")).ShouldSucceed();
        }
        finally
        {
            await cli.RunAsync(["rm", "-y", "-f", "mc-local", "mc-ec2", "mc-digitalocean", "mc-openstack", "mc-azure"], CancellationToken.None);
        }

        foreach (var cloud in new[] { ec2, digitalocean, openstack, azure })
        {
            Assert.Empty(await cloud.LiveResourcesAsync(Token));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<string> EventuallyAsync(CliHarness cli, string from, string to)
    {
        var last = new CliResult(-1, "", "");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            last = await cli.RunAsync("exec", "-p", "clouds", $"at-{from}", "--", "wget", "-qO-", $"http://at-{to}:8080/");
            if (last.Code == 0)
            {
                return last.Out.Trim();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
        }

        Assert.Fail($"at-{from} never reached at-{to}: {last.Error}");
        return "";
    }
}

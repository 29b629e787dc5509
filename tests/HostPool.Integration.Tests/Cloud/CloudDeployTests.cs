using System.Text.Json;
using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Cloud;

/// <summary>
/// For each cloud driver, end to end against its simulator (real local hosts behind the cloud's API): create hosts
/// with --count, deploy examples/web across them, every replica answers over HTTP, down, rm: the simulator's leak
/// report is empty.
/// </summary>
[Collection(RealHosts.Collection)]
public sealed class CloudDeployTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-cloud-deploy-it-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ec2", 3)]
    [InlineData("digitalocean", 2)]
    [InlineData("openstack", 2)]
    [InlineData("azure", 2)]
    public async Task Deploy_WebExampleOnSimulatorHosts_EveryReplicaAnswersAndRmLeavesNoLiveResource(string provider, int hosts)
    {
        RootNamespaces.RequireDocker();
        SimulatorFlags.UseSimulatorCredentials();
        await using var cloud = await CloudSimProcess.StartAsync(provider, Token);
        await using var cli = new CliHarness(CloudSimProcess.Bridge, CloudSimProcess.Subnet);
        var names = Enumerable.Range(1, hosts).Select(i => $"{provider}-{i}").ToArray();
        try
        {
            (await cli.RunAsync(["create", .. SimulatorFlags.For(provider, cloud), "--count", hosts.ToString(System.Globalization.CultureInfo.InvariantCulture), provider], Token)).ShouldSucceed();
            var environment = DockerCli.ParseEnv((await cli.RunAsync("env", names[0])).ShouldSucceed().Out);
            await using (var image = await DockerCli.BusyboxImageTarAsync(Token))
            {
                var imported = await DockerCli.RunAsync(environment, "import - hostpool/busybox:cloud-it", image, Token);
                Assert.True(imported.Code == 0, imported.Error);
            }

            var env = Path.Combine(_folder, $"{provider}.env");
            await File.WriteAllTextAsync(env, $"WEB_IMAGE=hostpool/busybox:cloud-it\n", Token);
            var example = Path.Combine(DockerCli.RepositoryRoot(), "examples", "web", "compose.yaml");
            var scale = Path.Combine(_folder, $"{provider}.yaml");
            await File.WriteAllTextAsync(scale, $"services:\n  web:\n    deploy:\n      replicas: {hosts}\n", Token);

            (await cli.RunAsync("deploy", "-f", example, "-f", scale, "--env-file", env)).ShouldSucceed();

            var ps = JsonDocument.Parse((await cli.RunAsync("ps", "-p", "web", "--format", "json")).ShouldSucceed().Out).RootElement.EnumerateArray().ToList();
            Assert.Equal(names, ps.Select(r => r.GetProperty("host").GetString()!).Order());
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            foreach (var replica in ps)
            {
                var address = replica.GetProperty("ports").EnumerateArray().Single().GetString()!.Split("->")[0];
                Assert.False(string.IsNullOrWhiteSpace(await Eventually.GetStringAsync(http, $"http://{address}/", Token)));
            }

            (await cli.RunAsync("down", "-p", "web")).ShouldSucceed();
            (await cli.RunAsync(["rm", "-y", .. names], Token)).ShouldSucceed();
        }
        finally
        {
            await cli.RunAsync(["rm", "-y", "-f", .. names], CancellationToken.None);
        }

        Assert.Empty(await cloud.LiveResourcesAsync(Token));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Deploy;

/// <summary>
/// Cross-host networking on three real local hosts: the pool forms its cluster, a replica on one host reaches a
/// service on another by name, secrets arrive with their content and mode, and down removes the project's networks.
/// </summary>
[Collection(RealHosts.Collection)]
public sealed class NetworkingTests(DeployPool pool) : IClassFixture<DeployPool>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-net-it-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deploy_ClientAndStoreOnDifferentHosts_ClientReachesStoreByNameAndReadsItsSecret()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        Assert.Equal("", pool.ImportError);
        await File.WriteAllTextAsync(Path.Combine(_folder, "token.txt"), "tok-42", Token);
        var file = Path.Combine(_folder, "compose.yaml");
        await File.WriteAllTextAsync(file, $$"""
            name: net
            services:
              store:
                image: {{DeployPool.Image}}
                command: [sh, -c, "mkdir -p /www && echo store-ok > /www/index.html && exec httpd -f -p 80 -h /www"]
                networks: { back: { aliases: [db] } }
                deploy: { placement: { constraints: [node.hostname==dep-2] } }
              client:
                image: {{DeployPool.Image}}
                command: [sleep, "3600"]
                networks: [back]
                secrets: [{ source: token, mode: 0400 }]
                deploy: { placement: { constraints: [node.hostname==dep-1] } }
            networks:
              back: {}
            secrets:
              token: { file: ./token.txt }
            """, Token);

        var deployed = (await pool.Cli.RunAsync("deploy", "-f", file)).ShouldSucceed();
        Assert.Equal(2, deployed.Out.Split('\n').Count(line => line.Contains(" created ", StringComparison.Ordinal)));

        var nodes = await pool.DockerAsync("dep-1", "node ls --format {{.Hostname}}:{{.ManagerStatus}}");
        Assert.True(nodes.Code == 0, nodes.Error);
        Assert.Equal(3, nodes.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(3, nodes.Out.Split('\n').Count(line => line.Contains(":Leader", StringComparison.Ordinal) || line.Contains(":Reachable", StringComparison.Ordinal)));
        // The members reach each other's cluster ports (the cluster above formed over them); this machine, on the same bridge, does not.
        var address = (await pool.Cli.RunAsync("ip", "dep-1")).ShouldSucceed().Out.Trim();
        Assert.False(await TcpKnock.ReachesAsync(address, ClusterPorts.Management, Token), "only pool members may reach the cluster management port");
        foreach (var name in new[] { "store", "db" })
        {
            var answer = await EventuallyExecAsync("dep-1", "net-client-1", $"wget -qO- http://{name}/");
            Assert.Equal("store-ok", answer);
        }

        Assert.Equal("tok-42", await EventuallyExecAsync("dep-1", "net-client-1", "cat /run/secrets/token"));
        Assert.Equal("400", await EventuallyExecAsync("dep-1", "net-client-1", "stat -c %a /run/secrets/token"));
        Assert.Contains("unchanged", (await pool.Cli.RunAsync("deploy", "-f", file)).ShouldSucceed().Out);

        (await pool.Cli.RunAsync("down", "-p", "net")).ShouldSucceed();
        // The cluster removes a network from every engine's list shortly after down deletes it.
        var networks = await pool.DockerAsync("dep-1", "network ls --filter label=com.hostpool.project=net -q");
        for (var attempt = 0; attempt < 40 && networks.Out.Trim().Length > 0; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), Token);
            networks = await pool.DockerAsync("dep-1", "network ls --filter label=com.hostpool.project=net -q");
        }

        Assert.True(networks.Code == 0, networks.Error);
        Assert.Equal("", networks.Out.Trim());
    }

    [Fact]
    public async Task Deploy_ShopExample_WebReplicasOnEveryHostCountVisitsInTheOneStore()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        const string Image = "hostpool/shop:deploy-it";
        var environment = DockerCli.ParseEnv((await pool.Cli.RunAsync("env", "dep-1")).ShouldSucceed().Out);
        await using (var image = await DockerCli.ShopImageTarAsync(Token))
        {
            var imported = await DockerCli.RunAsync(environment, $"import - {Image}", image, Token);
            Assert.True(imported.Code == 0, imported.Error);
        }

        var env = Path.Combine(_folder, "shop.env");
        await File.WriteAllTextAsync(env, $"SHOP_IMAGE={Image}\n", Token);
        var example = Path.Combine(DockerCli.RepositoryRoot(), "examples", "shop", "compose.yaml");

        (await pool.Cli.RunAsync("deploy", "-f", example, "--env-file", env)).ShouldSucceed();

        var ps = System.Text.Json.JsonDocument.Parse((await pool.Cli.RunAsync("ps", "-p", "shop", "--format", "json")).ShouldSucceed().Out).RootElement.EnumerateArray().ToList();
        var web = ps.Where(r => r.GetProperty("service").GetString() == "web").ToList();
        Assert.Equal(3, web.Select(r => r.GetProperty("host").GetString()).Distinct().Count());
        Assert.Equal("exited", ps.Single(r => r.GetProperty("service").GetString() == "seed").GetProperty("state").GetString());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var visits = new List<string>();
        foreach (var replica in web)
        {
            var address = replica.GetProperty("ports").EnumerateArray().Single().GetString()!.Split("->")[0];
            var answer = await Eventually.GetStringAsync(http, $"http://{address}/cgi-bin/visit", Token);
            Assert.StartsWith("hello from the store, visit ", answer, StringComparison.Ordinal);
            visits.Add(answer.Split(',')[1].Trim());
        }

        Assert.Equal(["visit 1", "visit 2", "visit 3"], visits.Order());
        (await pool.Cli.RunAsync("down", "-p", "shop", "--volumes")).ShouldSucceed();
        foreach (var host in new[] { "dep-1", "dep-2", "dep-3" })
        {
            var left = await pool.DockerAsync(host, "ps -aq --filter label=com.hostpool.project=shop");
            var volumes = await pool.DockerAsync(host, "volume ls -q --filter label=com.hostpool.project=shop");
            Assert.Equal("", left.Out.Trim() + volumes.Out.Trim());
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> EventuallyExecAsync(string host, string container, string command)
    {
        var last = (Code: -1, Out: "", Error: "");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            last = await pool.DockerAsync(host, $"exec {container} sh -c \"{command}\"");
            if (last.Code == 0)
            {
                return last.Out.Trim();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
        }

        Assert.Fail($"`{command}` in {container} on {host} kept failing: {last.Error}");
        return "";
    }
}

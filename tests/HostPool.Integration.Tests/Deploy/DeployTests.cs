using System.Text.Json;
using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Deploy;

/// <summary>deploy, ps, redeploy, scale down and down of examples/web on three real local hosts.</summary>
[Collection(RealHosts.Collection)]
public sealed class DeployTests(DeployPool pool) : IClassFixture<DeployPool>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-deploy-it-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Example => Path.Combine(DockerCli.RepositoryRoot(), "examples", "web", "compose.yaml");

    [Fact]
    public async Task Deploy_WebExample_EveryReplicaServesThenRedeployScaleDownAndDownBehave()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        Assert.Equal("", pool.ImportError);
        var env = Write(".env", $"WEB_IMAGE={DeployPool.Image}\n");

        var deployed = (await pool.Cli.RunAsync("deploy", "-f", Example, "--env-file", env)).ShouldSucceed();

        Assert.Equal(3, Count(deployed.Out, "created"));
        var first = await PsAsync();
        Assert.Equal(["dep-1", "dep-2", "dep-3"], first.Select(r => r.Host).Order());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var replica in first)
        {
            var body = await Eventually.GetStringAsync(http, $"http://{replica.Address}/", Token);
            Assert.False(string.IsNullOrWhiteSpace(body), $"replica {replica.Replica} on {replica.Host} answered nothing");
        }

        var idsBefore = await IdsAsync();
        var again = (await pool.Cli.RunAsync("deploy", "-f", Example, "--env-file", env)).ShouldSucceed();
        Assert.Equal(3, Count(again.Out, "unchanged"));
        Assert.Equal(idsBefore, await IdsAsync());
        Assert.Equal(3, (await ContainerIdsOnHostsAsync()).Count);

        var twoReplicas = Write("two.yaml", "services:\n  web:\n    deploy:\n      replicas: 2\n");
        (await pool.Cli.RunAsync("deploy", "-f", Example, "-f", twoReplicas, "--env-file", env)).ShouldSucceed();
        var scaled = await PsAsync();
        Assert.Equal([1, 2], scaled.Select(r => r.Replica).Order());
        Assert.Equal(2, (await ContainerIdsOnHostsAsync()).Count);
        Assert.Single(await ContainerIdsOnHostsAsync(includeKept: true), n => n.StartsWith("web-web-3.superseded-", StringComparison.Ordinal));

        (await pool.Cli.RunAsync("scale", "-f", Example, "-f", twoReplicas, "--env-file", env, "web=3")).ShouldSucceed();
        Assert.Equal([1, 2, 3], (await PsAsync()).Select(r => r.Replica).Order());

        (await pool.Cli.RunAsync("down", "-p", "web")).ShouldSucceed();
        Assert.Empty(await PsAsync());
        Assert.Empty(await ContainerIdsOnHostsAsync(includeKept: true));
    }

    [Fact]
    public async Task Deploy_Unplaceable_ExitsNonZeroWithEveryReasonAndStartsNothing()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        var file = Write("big.yaml", $$"""
            name: big
            services:
              huge:
                image: {{DeployPool.Image}}
                deploy: { replicas: 2, resources: { reservations: { cpus: "500" } } }
              pinned:
                image: {{DeployPool.Image}}
                deploy: { placement: { constraints: [node.labels.zone==nowhere] } }
            """);

        var result = await pool.Cli.RunAsync("deploy", "-f", file);

        Assert.Equal((int)ExitCode.InvalidInput, result.Code);
        Assert.Contains("huge #1:", result.Error);
        Assert.Contains("huge #2:", result.Error);
        Assert.Contains("pinned #1:", result.Error);
        Assert.Contains("capacity", result.Error);
        Assert.Contains("constraint", result.Error);
        Assert.Empty((await PsAsync("big")));
    }

    [Fact]
    public async Task Deploy_ImageNowhereWithPullPolicyNever_ReplicaFailsNamingThePolicyNothingPulled()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        var file = Write("never.yaml", "name: never\nservices:\n  app:\n    image: hostpool/nowhere:1\n    pull_policy: never\n");

        var result = await pool.Cli.RunAsync("deploy", "-f", file);

        Assert.Equal((int)ExitCode.PartialFailure, result.Code);
        Assert.Contains("pull_policy: never forbids pulling", result.Error, StringComparison.Ordinal);
        Assert.Contains("hostpool image push hostpool/nowhere:1", result.Error, StringComparison.Ordinal);
        Assert.Empty(await PsAsync("never"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<List<PsRow>> PsAsync(string project = "web")
    {
        var ps = (await pool.Cli.RunAsync("ps", "-p", project, "--format", "json")).ShouldSucceed();
        return [.. JsonDocument.Parse(ps.Out).RootElement.EnumerateArray().Select(r => new PsRow(
            r.GetProperty("host").GetString()!,
            r.GetProperty("replica").GetInt32(),
            r.GetProperty("ports").EnumerateArray().Select(p => p.GetString()!.Split("->")[0]).FirstOrDefault() ?? ""))];
    }

    private async Task<List<string>> IdsAsync()
    {
        var ps = (await pool.Cli.RunAsync("ps", "-p", "web", "--format", "json")).ShouldSucceed();
        return [.. JsonDocument.Parse(ps.Out).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order()];
    }

    /// <summary>The project's containers on the hosts, by name: the current replicas, and with <paramref name="includeKept"/> those kept for rollback.</summary>
    private async Task<List<string>> ContainerIdsOnHostsAsync(bool includeKept = false)
    {
        var names = new List<string>();
        foreach (var host in new[] { "dep-1", "dep-2", "dep-3" })
        {
            var listed = await pool.DockerAsync(host, "ps -a --filter label=com.hostpool.project=web --format {{.Names}}");
            Assert.True(listed.Code == 0, listed.Error);
            names.AddRange(listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(n => includeKept || !n.Contains(".superseded-", StringComparison.Ordinal)));
        }

        return [.. names.Order()];
    }

    private static int Count(string text, string word) => text.Split('\n').Count(line => line.Contains($" {word} ", StringComparison.Ordinal));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed record PsRow(string Host, int Replica, string Address);
}

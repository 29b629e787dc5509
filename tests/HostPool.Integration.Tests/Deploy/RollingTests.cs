using System.Globalization;
using System.Text.Json;
using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Deploy;

/// <summary>Rolling updates by update_config, failure_action rollback, `hostpool rollback` and `scale` on three real local hosts.</summary>
[Collection(RealHosts.Collection)]
public sealed class RollingTests(DeployPool pool) : IClassFixture<DeployPool>, IDisposable
{
    private const string Image2 = "hostpool/busybox:deploy-it-v2";

    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-roll-it-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deploy_ChangedImage_RollsInBatchesOfTheParallelismWithTheDelay()
    {
        Ready();
        Assert.Equal(0, (await pool.DockerAsync("dep-1", $"tag {DeployPool.Image} {Image2}")).Code);
        var v1 = Compose("roll", DeployPool.Image, "replicas: 4", "update_config: { parallelism: 2, delay: 5s }");
        (await pool.Cli.RunAsync("deploy", "-f", v1)).ShouldSucceed();
        var before = await PsAsync("roll");

        var rolled = (await pool.Cli.RunAsync("deploy", "-f", Compose("roll", Image2, "replicas: 4", "update_config: { parallelism: 2, delay: 5s }"))).ShouldSucceed();

        Assert.Equal(4, rolled.Out.Split('\n').Count(l => l.Contains(" replaced ", StringComparison.Ordinal)));
        var after = await PsAsync("roll");
        Assert.All(after, r => Assert.Equal(Image2, r.Image));
        var started = new List<DateTimeOffset>();
        foreach (var replica in after)
        {
            started.Add(await StartedAtAsync(replica.Host, replica.Id));
        }

        started.Sort();
        Assert.True(started[2] - started[1] >= TimeSpan.FromSeconds(5), $"second batch started {started[2] - started[1]} after the first; starts: {string.Join(", ", started)}");
        Assert.True(started[3] - started[2] < TimeSpan.FromSeconds(5), "the second batch's two replicas started together");
        Assert.NotEqual(before.Select(r => r.Id).Order(), after.Select(r => r.Id).Order());

        var back = (await pool.Cli.RunAsync("rollback", "-p", "roll")).ShouldSucceed();
        Assert.Equal(4, back.Out.Split('\n').Count(l => l.Contains(" rolled back ", StringComparison.Ordinal)));
        var restored = await PsAsync("roll");
        Assert.Equal(before.Select(r => r.Id).Order(), restored.Select(r => r.Id).Order());
        Assert.All(restored, r => Assert.Equal("running", r.State));

        (await pool.Cli.RunAsync("scale", "-f", v1, "web=1")).ShouldSucceed();
        Assert.Single(await PsAsync("roll"));
        (await pool.Cli.RunAsync("down", "-p", "roll")).ShouldSucceed();
        Assert.Empty(await PsAsync("roll"));
        Assert.Equal("", (await pool.DockerAsync("dep-1", "ps -aq --filter label=com.hostpool.project=roll")).Out.Trim());
    }

    [Fact]
    public async Task Deploy_ReplacementFailsWithFailureActionRollback_WholeServiceBackOnItsOldContainers()
    {
        Ready();
        const string Policy = "update_config: { parallelism: 1, failure_action: rollback }";
        (await pool.Cli.RunAsync("deploy", "-f", Compose("fail", DeployPool.Image, "replicas: 3", Policy))).ShouldSucceed();
        var before = await PsAsync("fail");
        var v2 = Compose("fail", DeployPool.Image, "replicas: 3", Policy, ports: "ports: [\"9099:8080\"]");
        var plan = (await pool.Cli.RunAsync("deploy", "-f", v2, "--dry-run")).ShouldSucceed();
        var lastHost = plan.Out.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(t => t.Length > 4 && t[0] == "web" && t[1] == "3" && t[3] == "would")[2];
        Assert.Equal(0, (await pool.DockerAsync(lastHost, $"run -d --name blocker -p 9099:80 {DeployPool.Image} sleep 600")).Code);
        try
        {
            var failed = await pool.Cli.RunAsync("deploy", "-f", v2);

            Assert.Equal((int)ExitCode.PartialFailure, failed.Code);
            Assert.Contains("web #3", failed.Error, StringComparison.Ordinal);
            Assert.Equal(2, failed.Out.Split('\n').Count(l => l.Contains(" rolled back ", StringComparison.Ordinal)));
            var after = await PsAsync("fail");
            Assert.Equal(before.Select(r => r.Id).Order(), after.Select(r => r.Id).Order());
            Assert.All(after, r => Assert.Equal("running", r.State));
        }
        finally
        {
            await pool.DockerAsync(lastHost, "rm -f blocker");
            await pool.Cli.RunAsync("down", "-p", "fail");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Ready()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        Assert.Equal("", pool.ImportError);
    }

    private string Compose(string project, string image, string replicas, string update, string ports = "")
    {
        var path = Path.Combine(_folder, $"{project}-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, $$"""
            name: {{project}}
            services:
              web:
                image: {{image}}
                init: true
                command: [sh, -c, "mkdir -p /www && hostname > /www/index.html && exec httpd -f -p 8080 -h /www"]
                {{ports}}
                deploy:
                  {{replicas}}
                  {{update}}
            """);
        return path;
    }

    private async Task<List<PsRow>> PsAsync(string project)
    {
        var ps = (await pool.Cli.RunAsync("ps", "-p", project, "--format", "json")).ShouldSucceed();
        var rows = new List<PsRow>();
        foreach (var row in JsonDocument.Parse(ps.Out).RootElement.EnumerateArray())
        {
            var host = row.GetProperty("host").GetString()!;
            var id = row.GetProperty("id").GetString()!;
            var image = (await pool.DockerAsync(host, $"inspect -f {{{{.Config.Image}}}} {id}")).Out.Trim();
            rows.Add(new PsRow(host, row.GetProperty("replica").GetInt32(), id, row.GetProperty("state").GetString()!, image));
        }

        return rows;
    }

    private async Task<DateTimeOffset> StartedAtAsync(string host, string id)
    {
        var text = (await pool.DockerAsync(host, $"inspect -f {{{{.State.StartedAt}}}} {id}")).Out.Trim();
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    private sealed record PsRow(string Host, int Replica, string Id, string State, string Image);
}

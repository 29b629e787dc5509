using HostPool.Integration.Tests.Cli;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Deploy;

/// <summary>A host's engine stops in the middle of a deploy: every replica says what happened to it, the rest of the project runs.</summary>
[Collection(RealHosts.Collection)]
public sealed class EngineLossTests(DeployPool pool) : IClassFixture<DeployPool>, IDisposable
{
    private const string Supervisor = "/etc/docker/hostpool-dockerd.sh";

    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-loss-it-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deploy_EngineOfOneHostStopsMidDeploy_PerReplicaReportNonZeroExitOthersRun()
    {
        RootNamespaces.RequireDocker();
        pool.Created.ShouldSucceed();
        Assert.Equal("", pool.ImportError);
        var file = Path.Combine(_folder, "compose.yaml");
        await File.WriteAllTextAsync(file, $$"""
            name: mid
            services:
              gate:
                image: {{DeployPool.Image}}
                command: [sleep, "8"]
                restart: "no"
                deploy: { placement: { constraints: [node.hostname==dep-1] } }
              web:
                image: {{DeployPool.Image}}
                init: true
                command: [sleep, "600"]
                depends_on: { gate: { condition: service_completed_successfully } }
                deploy: { replicas: 3, placement: { max_replicas_per_node: 1 } }
            """, Token);

        try
        {
            var deploy = pool.Cli.RunAsync("deploy", "-f", file);
            await WaitForGateAsync();
            (await pool.Cli.RunAsync("ssh", "dep-3", "--", Supervisor, "stop")).ShouldSucceed();
            var result = await deploy;

            Assert.Equal((int)ExitCode.PartialFailure, result.Code);
            Assert.Contains("1 replica(s) of 'mid' failed", result.Error, StringComparison.Ordinal);
            Assert.Matches(@"web #\d on dep-3 \(created\): engine (unreachable|answered)", result.Error);
            Assert.Equal(2, result.Out.Split('\n').Count(l => l.Contains(" created ", StringComparison.Ordinal) && l.TrimStart().StartsWith("web", StringComparison.Ordinal)));
            Assert.Contains("Fix the cause and run deploy again", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            await pool.Cli.RunAsync("ssh", "dep-3", "--", Supervisor, "start");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task WaitForGateAsync()
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var running = await pool.DockerAsync("dep-1", "ps -q --filter name=mid-gate-1 --filter status=running");
            if (running.Out.Trim().Length > 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), Token);
        }

        Assert.Fail("the gate job never started on dep-1");
    }
}

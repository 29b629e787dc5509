using System.Text.Json;
using System.Text.RegularExpressions;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Cli;

/// <summary>logs, exec, restart, top and image push against project "ops" deployed on three real local hosts.</summary>
[Collection(RealHosts.Collection)]
public sealed partial class OperationsTests(OperationsPool pool) : IClassFixture<OperationsPool>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_TwoReplicasOnTwoHosts_EveryLinePrefixedWithItsReplicaAndHost()
    {
        RequireReady();
        var replicas = await PsAsync();

        var logs = (await pool.Cli.RunAsync("logs", "-p", "ops")).ShouldSucceed();

        Assert.Equal(2, replicas.Select(r => r.Host).Distinct().Count());
        foreach (var replica in replicas)
        {
            Assert.Matches($@"(?m)^talk\.{replica.Replica}@{replica.Host} \| hello from \w+\r?$", logs.Out);
            Assert.Matches($@"(?m)^talk\.{replica.Replica}@{replica.Host} \| oops\r?$", logs.Out);
        }

        var implied = (await pool.Cli.RunAsync("logs", "--tail", "1", "--timestamps", "talk")).ShouldSucceed();
        Assert.Equal(2, TimestampedLine().Matches(implied.Out).Count);
    }

    [Fact]
    public async Task Logs_Follow_StreamsEveryReplicaUntilCancelled()
    {
        RequireReady();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        stop.CancelAfter(TimeSpan.FromSeconds(3));

        var followed = await pool.Cli.RunAsync(["logs", "-f", "--tail", "2"], stop.Token);

        Assert.Equal((int)ExitCode.Cancelled, followed.Code);
        Assert.Matches(@"(?m)^talk\.1@ops-\d \| ", followed.Out);
        Assert.Matches(@"(?m)^talk\.2@ops-\d \| ", followed.Out);
    }

    [Fact]
    public async Task Exec_CommandExitingThree_PrintsItsOutputAndExitsWithThree()
    {
        RequireReady();

        var result = await pool.Cli.RunAsync("exec", "-p", "ops", "talk.2", "--", "sh", "-c", "echo out-$HOSTNAME; echo err >&2; exit 3");

        Assert.Equal(3, result.Code);
        Assert.Matches(@"out-\w+", result.Out);
        Assert.Contains("err", result.Error);
        Assert.Equal(0, (await pool.Cli.RunAsync("exec", "talk", "--", "true")).Code);
    }

    [Fact]
    public async Task RestartService_Service_KeepsContainerIdsAndStartsThemAgain()
    {
        RequireReady();
        var before = await StartsAsync();

        var restarted = (await pool.Cli.RunAsync("restart", "-p", "ops", "-t", "1", "talk")).ShouldSucceed();

        var after = await StartsAsync();
        Assert.Equal(2, restarted.Out.Split('\n').Count(l => l.Contains(" restarted ", StringComparison.Ordinal)));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, b => Assert.True(after[b.Key] > b.Value, $"{b.Key} started {after[b.Key]:O}, not after {b.Value:O}"));
    }

    [Fact]
    public async Task Top_Json_ReservationsMatchTheDeployedReplicas()
    {
        RequireReady();
        var replicas = await PsAsync();

        var top = (await pool.Cli.RunAsync("top", "--format", "json")).ShouldSucceed();
        TestContext.Current.TestOutputHelper?.WriteLine((await pool.Cli.RunAsync("top")).Out);

        var hosts = JsonDocument.Parse(top.Out).RootElement.EnumerateArray().ToDictionary(h => h.GetProperty("host").GetString()!);
        Assert.Equal(["ops-1", "ops-2", "ops-3"], hosts.Keys.Order());
        foreach (var (name, host) in hosts)
        {
            var count = replicas.Count(r => r.Host == name);
            Assert.Equal(count * OperationsPool.ReservedCpus, host.GetProperty("reservedCpus").GetDouble(), 6);
            Assert.Equal(count * OperationsPool.ReservedMemoryBytes, host.GetProperty("reservedMemoryBytes").GetInt64());
            Assert.Equal(count, host.GetProperty("containers").GetInt32());
            Assert.True(host.GetProperty("cpus").GetDouble() > 0);
            Assert.True(count == 0 || host.GetProperty("usedMemoryBytes").GetInt64() > 0, $"{name} runs {count} replica(s) but reports no memory used");
        }
    }

    [Fact]
    public async Task ImagePush_FromPoolHostFromLocalEngineAndNowhere_CopiesOrSaysWhereItLooked()
    {
        RequireReady();
        const string FromHost = "hostpool/busybox:push-from-host";
        const string FromLocal = "hostpool/busybox:push-from-local";
        foreach (var tag in new[] { FromHost, FromLocal })
        {
            Assert.Equal(0, (await pool.DockerAsync("ops-1", $"tag {OperationsPool.Image} {tag}")).Code);
        }

        Assert.NotEqual(0, (await pool.DockerAsync("ops-3", $"image inspect {FromHost}")).Code);
        var fromHost = (await pool.Cli.RunAsync("image", "push", FromHost, "--host", "ops-3")).ShouldSucceed();
        Assert.Matches(@"(?m)^\s*ops-3\s+copied\s+ops-1\s", fromHost.Out);
        Assert.Equal(0, (await pool.DockerAsync("ops-3", $"image inspect {FromHost}")).Code);

        pool.LocalEngine.Use(await pool.EnvironmentOfAsync("ops-1", Token));
        var fromLocal = (await pool.Cli.RunAsync("image", "push", FromLocal)).ShouldSucceed();
        TestContext.Current.TestOutputHelper?.WriteLine(fromHost.Out + fromLocal.Out);
        Assert.Matches(@"(?m)^\s*ops-1\s+present\s", fromLocal.Out);
        Assert.Matches(@"(?m)^\s*ops-2\s+copied\s+local engine\s", fromLocal.Out);
        Assert.Matches(@"(?m)^\s*ops-3\s+copied\s+local engine\s", fromLocal.Out);
        Assert.Equal(0, (await pool.DockerAsync("ops-2", $"image inspect {FromLocal}")).Code);

        var missing = await pool.Cli.RunAsync("image", "push", "hostpool/nowhere:1");
        Assert.Equal((int)ExitCode.NotFound, missing.Code);
        Assert.Contains("local engine at tcp://", missing.Error);
        Assert.Contains("ops-1, ops-2, ops-3", missing.Error);
    }

    private void RequireReady()
    {
        RootNamespaces.RequireDocker();
        Assert.True(pool.SetupError == "", pool.SetupError);
    }

    private async Task<List<(string Host, int Replica, string Name)>> PsAsync()
    {
        var ps = (await pool.Cli.RunAsync("ps", "-p", "ops", "--format", "json")).ShouldSucceed();
        return [.. JsonDocument.Parse(ps.Out).RootElement.EnumerateArray().Select(r => (r.GetProperty("host").GetString()!, r.GetProperty("replica").GetInt32(), r.GetProperty("name").GetString()!))];
    }

    private async Task<Dictionary<string, DateTimeOffset>> StartsAsync()
    {
        var starts = new Dictionary<string, DateTimeOffset>();
        foreach (var replica in await PsAsync())
        {
            var inspected = await pool.DockerAsync(replica.Host, $"inspect -f \"{{{{.Id}}}} {{{{.State.StartedAt}}}}\" {replica.Name}");
            Assert.True(inspected.Code == 0, inspected.Error);
            var parts = inspected.Out.Trim().Split(' ');
            starts[parts[0]] = DateTimeOffset.Parse(parts[1][..Math.Min(parts[1].Length, 27)].TrimEnd('Z') + "Z", System.Globalization.CultureInfo.InvariantCulture);
        }

        return starts;
    }

    [GeneratedRegex(@"(?m)^talk\.\d@ops-\d \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z ")]
    private static partial Regex TimestampedLine();
}

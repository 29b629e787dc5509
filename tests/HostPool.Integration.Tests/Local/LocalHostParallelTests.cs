using System.Diagnostics;
using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Local;

public sealed class LocalHostParallelTests
{
    [Fact]
    public async Task CreateAsync_TenAtOnce_AllReachableOverSshWithDistinctAddresses()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var clock = Stopwatch.StartNew();
        var steps = new StepClock(clock);
        var single = await bed.CreateAsync("par-0", ct, steps);
        steps.Report("driver returned; connecting over SSH");
        await using (await bed.Connector.ConnectAsync(single.Name, single.Ssh!, ct))
        {
        }

        steps.Report("SSH session open");
        TestContext.Current.TestOutputHelper?.WriteLine(steps.ToString());

        var alone = clock.Elapsed;
        clock.Restart();

        var hosts = await Task.WhenAll(Enumerable.Range(1, 10).Select(async i =>
        {
            var host = await bed.CreateAsync($"par-{i}", ct);
            await using var session = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);
            return (host, name: (await session.RunAsync("hostname", ct)).StandardOutput.Trim());
        }));

        var together = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"one local host to SSH: {alone.TotalSeconds:0.000} s; ten in parallel: {together.TotalSeconds:0.000} s; " +
            $"ratio {together / alone:0.0}x for 10x the hosts");
        Assert.Equal(11, hosts.Select(h => h.host.PublicAddress).Append(single.PublicAddress).Distinct().Count());
        Assert.All(hosts, h => Assert.Equal(h.host.Name, h.name));
    }

    /// <summary>Notes when each step of a create began, synchronously, to show where the time goes.</summary>
    private sealed class StepClock(Stopwatch clock) : IProgress<string>
    {
        private readonly System.Text.StringBuilder _lines = new();

        public void Report(string value) => _lines.AppendLine($"  {clock.Elapsed.TotalMilliseconds,8:0} ms  {value}");

        public override string ToString() => _lines.ToString();
    }
}

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

        var hosts = await Task.WhenAll(Enumerable.Range(1, 10).Select(async i =>
        {
            var host = await bed.CreateAsync($"par-{i}", ct);
            await using var session = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);
            return (host, name: (await session.RunAsync("hostname", ct)).StandardOutput.Trim());
        }));

        TestContext.Current.SendDiagnosticMessage($"10 local hosts created and reachable over SSH in parallel: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(10, hosts.Select(h => h.host.PublicAddress).Distinct().Count());
        Assert.All(hosts, h => Assert.Equal(h.host.Name, h.name));
    }
}

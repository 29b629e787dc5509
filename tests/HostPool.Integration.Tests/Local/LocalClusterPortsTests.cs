using HostPool.Integration.Tests.Support;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Integration.Tests.Local;

/// <summary>
/// The local driver's cluster port guard on real namespaces: a listener on a host's cluster management port
/// answers the peers it was given, and neither other hosts on the same bridge nor this machine.
/// </summary>
public sealed class LocalClusterPortsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AllowClusterPeersAsync_ThreeHostsOnOneBridge_OnlyTheGivenPeersReachTheClusterPort()
    {
        RootNamespaces.Require();
        await using var bed = new LocalTestBed();
        var guarded = await bed.CreateAsync("gp-1", Token);
        var peer = await bed.CreateAsync("gp-2", Token);
        var stranger = await bed.CreateAsync("gp-3", Token);
        await using var guardedShell = await bed.Connector.ConnectAsync(guarded.Name, guarded.Ssh!, Token);
        await using var peerShell = await bed.Connector.ConnectAsync(peer.Name, peer.Ssh!, Token);
        await using var strangerShell = await bed.Connector.ConnectAsync(stranger.Name, stranger.Ssh!, Token);
        var listen = await guardedShell.RunAsync(
            $"nohup busybox nc -ll -p {ClusterPorts.Management} -e /bin/echo cluster-ok >/dev/null 2>&1 & sleep 0.3", Token);
        Assert.Equal(0, listen.ExitCode);
        var target = guarded.PublicAddress!;

        // Without the guard every host on the bridge reaches the port: that is what it is there to stop.
        Assert.Equal("cluster-ok", await KnockAsync(strangerShell, target));

        await bed.Driver.AllowClusterPeersAsync(guarded, [guarded.PublicAddress!, peer.PublicAddress!], Token);

        Assert.Equal("cluster-ok", await KnockAsync(peerShell, target));
        Assert.Equal("", await KnockAsync(strangerShell, target));
        Assert.False(await TcpKnock.ReachesAsync(target, ClusterPorts.Management, Token), "this machine is not a member and must not reach the cluster port");
        Assert.Equal("cluster-ok", await KnockAsync(guardedShell, "127.0.0.1"));
        Assert.Equal("22", (await strangerShell.RunAsync($"busybox nc -w 2 {target} 22 </dev/null | head -c 7 | grep -q SSH && echo 22", Token)).StandardOutput.Trim());

        // Membership changes: the new set replaces the old one, and INPUT still jumps to the chain once.
        await bed.Driver.AllowClusterPeersAsync(guarded, [guarded.PublicAddress!, stranger.PublicAddress!], Token);

        Assert.Equal("cluster-ok", await KnockAsync(strangerShell, target));
        Assert.Equal("", await KnockAsync(peerShell, target));
        var input = await guardedShell.RunAsync("iptables -S INPUT", Token);
        Assert.Single(input.StandardOutput.Split('\n'), line => line.Contains("-j HOSTPOOL-CLUSTER", StringComparison.Ordinal));
        var chain = (await guardedShell.RunAsync("iptables -S HOSTPOOL-CLUSTER", Token)).StandardOutput;
        Assert.Contains($"--dport {ClusterPorts.DataPath} -j DROP", chain);
        Assert.DoesNotContain(peer.PublicAddress!, chain);
    }

    /// <summary>What the listener says to a connection from the shell's host; empty when the connection fails.</summary>
    private static async Task<string> KnockAsync(ISshSession shell, string address) =>
        (await shell.RunAsync($"busybox nc -w 2 {address} {ClusterPorts.Management} </dev/null", Token)).StandardOutput.Trim();
}

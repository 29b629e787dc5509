using System.Net.Sockets;
using HostPool.Providers.Local;

namespace HostPool.Providers.Tests.Local;

public sealed class ClusterPortRulesTests
{
    [Fact]
    public void Render_Ipv4Peers_AcceptsLoopbackAndEachPeerOnceThenDropsEveryClusterPort()
    {
        var rules = ClusterPortRules.Render(AddressFamily.InterNetwork, ["10.213.0.3", "10.213.0.2", "10.213.0.3", "fd00::5"]);

        Assert.Equal(
            """
            *filter
            :HOSTPOOL-CLUSTER - [0:0]
            -A HOSTPOOL-CLUSTER -i lo -j RETURN
            -A HOSTPOOL-CLUSTER -s 10.213.0.2/32 -j RETURN
            -A HOSTPOOL-CLUSTER -s 10.213.0.3/32 -j RETURN
            -A HOSTPOOL-CLUSTER -p tcp -m tcp --dport 2377 -j DROP
            -A HOSTPOOL-CLUSTER -p tcp -m tcp --dport 7946 -j DROP
            -A HOSTPOOL-CLUSTER -p udp -m udp --dport 7946 -j DROP
            -A HOSTPOOL-CLUSTER -p udp -m udp --dport 4789 -j DROP
            COMMIT

            """.ReplaceLineEndings("\n"),
            rules);
    }

    [Fact]
    public void Render_Ipv6_KeepsOnlyIpv6PeersWithFullPrefix()
    {
        var rules = ClusterPortRules.Render(AddressFamily.InterNetworkV6, ["10.213.0.2", "fd00::5"]);

        Assert.Contains("-A HOSTPOOL-CLUSTER -s fd00::5/128 -j RETURN\n", rules);
        Assert.DoesNotContain("10.213.0.2", rules);
        Assert.Contains("--dport 4789 -j DROP", rules);
    }

    [Fact]
    public void Render_NoPeers_StillDropsEveryClusterPort()
    {
        var rules = ClusterPortRules.Render(AddressFamily.InterNetwork, []);

        Assert.DoesNotContain(" -s ", rules);
        Assert.Equal(4, rules.Split('\n').Count(line => line.EndsWith("-j DROP", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("10.0.0.1 -j ACCEPT\n-A INPUT")]
    [InlineData("web-1.example")]
    [InlineData("")]
    public void Render_PeerThatIsNotAnAddress_RefusedSoNothingElseGetsIntoTheRules(string peer)
    {
        var error = Assert.Throws<ConflictException>(() => ClusterPortRules.Render(AddressFamily.InterNetwork, ["10.0.0.2", peer]));

        Assert.Contains("is not an IP address", error.Message);
    }
}

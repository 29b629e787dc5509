using HostPool.Pool.Membership;
using HostPool.Pool.Networking;
using HostPool.Providers.Model;

namespace HostPool.Pool.Tests.Deploy;

public sealed class PoolSwarmTests
{
    [Fact]
    public void PickManager_NoHostInACluster_None()
    {
        Assert.Null(PoolSwarm.PickManager([View("a", SwarmMembership.Inactive), View("b", SwarmMembership.Inactive)]));
    }

    [Fact]
    public void PickManager_TwoClusters_ManagerOfTheOneMostHostsBelongTo()
    {
        var picked = PoolSwarm.PickManager(
        [
            View("a", new SwarmMembership("active", "n1", "small", IsManager: true)),
            View("b", new SwarmMembership("active", "n2", "big", IsManager: false)),
            View("c", new SwarmMembership("active", "n3", "big", IsManager: true)),
            View("d", new SwarmMembership("active", "n4", "big", IsManager: false)),
        ]);

        Assert.Equal("c", picked?.Record.Name);
    }

    [Fact]
    public void PickManager_ClusterWithoutAnsweringManager_None()
    {
        Assert.Null(PoolSwarm.PickManager([View("a", new SwarmMembership("active", "n1", "lost", IsManager: false))]));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 3)]
    [InlineData(7, 3)]
    public void Wanted_ByMemberCount(int members, int managers) => Assert.Equal(managers, SwarmManagers.Wanted(members));

    [Fact]
    public void PoolScope_HostsOfTwoPoolsAndNoneNamed_AsksForPool()
    {
        var error = Assert.Throws<UsageException>(() => PoolScope.Of([View("a", SwarmMembership.Inactive, "blue"), View("b", SwarmMembership.Inactive, "green")], null));

        Assert.Contains("blue, green", error.Message, StringComparison.Ordinal);
        Assert.Contains("--pool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PoolScope_NoHosts_SaysHowToCreateOne()
    {
        Assert.Contains("hostpool create", Assert.Throws<NotFoundException>(() => PoolScope.Of([], null)).Message, StringComparison.Ordinal);
    }

    private static PoolHostView View(string name, SwarmMembership swarm, string pool = "default") =>
        new(new HostRecord { Name = name, Pool = pool, Driver = "local", State = HostState.Running, PublicAddress = "10.0.0.1" },
            new EngineFacts(2, 1L << 30, new Dictionary<string, string>(), "linux", "x86_64", swarm), [], null);
}

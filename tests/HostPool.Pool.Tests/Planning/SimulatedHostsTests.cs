using HostPool.Pool.Planning;

namespace HostPool.Pool.Tests.Planning;

public sealed class SimulatedHostsTests
{
    [Fact]
    public void Parse_FullSpec_BuildsHostsWithDealtLabels()
    {
        var shape = SimulatedHosts.Parse("count=4,cpus=2.5,memory=8g,labels=zone=a|b;disk=ssd");

        var hosts = shape.Build();

        Assert.Equal(["sim-1", "sim-2", "sim-3", "sim-4"], hosts.Select(h => h.Name));
        Assert.All(hosts, h => Assert.Equal((2.5, 8L << 30, "ssd"), (h.Cpus, h.MemoryBytes, h.NodeLabels["disk"])));
        Assert.Equal(["a", "b", "a", "b"], hosts.Select(h => h.NodeLabels["zone"]));
    }

    [Fact]
    public void Build_TwelveHosts_NamesPadded()
    {
        var hosts = SimulatedHosts.Parse("cpus=1,memory=1g").Build(12);

        Assert.Equal("sim-01", hosts[0].Name);
        Assert.Equal("sim-12", hosts[11].Name);
    }

    [Theory]
    [InlineData("count=3,memory=1g", "needs cpus and memory")]
    [InlineData("count=0,cpus=1,memory=1g", "count=0")]
    [InlineData("count=2,cpus=-1,memory=1g", "cpus=-1")]
    [InlineData("cpus=1,memory=huge", "memory=huge")]
    [InlineData("cpus=1,memory=1g,size=3", "'size' is not")]
    [InlineData("cpus=1,memory=1g,labels=zone", "label 'zone'")]
    [InlineData("cpus", "not KEY=VALUE")]
    public void Parse_BadSpec_ThrowsUsageWithExample(string spec, string expected)
    {
        var error = Assert.Throws<UsageException>(() => SimulatedHosts.Parse(spec));

        Assert.Contains(expected, error.Message);
        Assert.Contains("--simulate-hosts count=", error.Message);
    }
}

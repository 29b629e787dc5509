using System.Net;
using HostPool.Providers.Local;
using HostPool.Providers.Model;

namespace HostPool.Providers.Tests.Ssh;

public sealed class LocalAddressingTests
{
    [Fact]
    public void NextFree_NothingInUse_SkipsNetworkAndGateway()
    {
        var subnet = Ipv4Subnet.Parse("10.213.0.0/24");

        Assert.Equal(IPAddress.Parse("10.213.0.2"), AddressAllocator.NextFree(subnet, new HashSet<IPAddress>()));
        Assert.Equal(IPAddress.Parse("10.213.0.1"), subnet.Gateway);
    }

    [Fact]
    public void NextFree_HolesInUse_ReturnsTheLowestFree()
    {
        var subnet = Ipv4Subnet.Parse("10.213.0.0/24");
        var inUse = new HashSet<IPAddress> { IPAddress.Parse("10.213.0.2"), IPAddress.Parse("10.213.0.3"), IPAddress.Parse("10.213.0.5") };

        Assert.Equal(IPAddress.Parse("10.213.0.4"), AddressAllocator.NextFree(subnet, inUse));
    }

    [Fact]
    public void NextFree_RangeFull_ReturnsNullAndNeverTheBroadcast()
    {
        var subnet = Ipv4Subnet.Parse("192.168.7.0/29");
        var hosts = subnet.HostAddresses().ToHashSet();

        Assert.Equal(["192.168.7.2", "192.168.7.3", "192.168.7.4", "192.168.7.5", "192.168.7.6"], hosts.Select(a => a.ToString()).Order());
        Assert.Null(AddressAllocator.NextFree(subnet, hosts));
    }

    [Theory]
    [InlineData("10.213.0.77/24", "10.213.0.0/24")]
    [InlineData("172.20.5.9/16", "172.20.0.0/16")]
    public void Parse_AddressInsideRange_NormalisesToTheNetwork(string text, string expected)
    {
        Assert.Equal(expected, Ipv4Subnet.Parse(text).ToString());
    }

    [Fact]
    public void Overlaps_NestedAndDisjointRanges_AreToldApart()
    {
        Assert.True(Ipv4Subnet.Parse("10.0.0.0/8").Overlaps(Ipv4Subnet.Parse("10.213.0.0/24")));
        Assert.True(Ipv4Subnet.Parse("10.213.0.0/24").Overlaps(Ipv4Subnet.Parse("10.0.0.0/8")));
        Assert.False(Ipv4Subnet.Parse("10.213.0.0/24").Overlaps(Ipv4Subnet.Parse("10.213.1.0/24")));
    }

    [Fact]
    public void From_BadFlags_ListsEveryProblemInOneUsageError()
    {
        var spec = new HostSpec
        {
            Name = "web-1",
            Driver = "local",
            DriverOptions = new Dictionary<string, IReadOnlyList<string>>
            {
                [LocalFlags.Cpus] = ["many"],
                [LocalFlags.Memory] = ["lots"],
                [LocalFlags.Subnet] = ["8.8.8.0/24"],
                [LocalFlags.Bridge] = ["a-bridge-name-too-long"],
            },
        };

        var error = Assert.Throws<UsageException>(() => LocalOptions.From(spec));

        Assert.Contains("--local-cpus 'many'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--local-memory 'lots'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a private range", error.Message, StringComparison.Ordinal);
        Assert.Contains("--local-bridge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_Defaults_DeclaresTwoCpusAndTwoGibibytes()
    {
        var options = LocalOptions.From(new HostSpec { Name = "web-1", Driver = "local" });

        Assert.Equal(new HostCapacity(2, 2L * 1024 * 1024 * 1024), options.Capacity);
        Assert.Equal("10.213.0.0/24", options.Subnet.ToString());
        Assert.Equal("hpbr0", options.Bridge);
    }

    [Theory]
    [InlineData("2048MiB", 2048L << 20)]
    [InlineData("2GiB", 2L << 30)]
    [InlineData("512m", 512L << 20)]
    [InlineData("1.5g", 3L << 29)]
    [InlineData("4096", 4096L)]
    public void TryParse_MemorySizes_AreBinaryUnits(string text, long bytes)
    {
        Assert.True(MemorySize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Fact]
    public void For_SameHostInTwoHomes_GivesDifferentShortNames()
    {
        var first = LocalNames.For(new HostPoolHome("/tmp/home-a"), "web-1");
        var second = LocalNames.For(new HostPoolHome("/tmp/home-b"), "web-1");

        Assert.NotEqual(first.Namespace, second.Namespace);
        Assert.NotEqual(first.Veth, second.Veth);
        Assert.Equal(first, LocalNames.For(new HostPoolHome("/tmp/home-a"), "web-1"));
        Assert.InRange(first.Veth.Length, 1, 15);
        Assert.StartsWith("hp-", first.Namespace, StringComparison.Ordinal);
    }
}

using HostPool.Pool.Planning;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Tests.Planning;

public sealed class HostsFileTests
{
    private const string Valid = """
        hosts:
          - name: web-1
            cpus: 4
            memory: 8g
            labels: { zone: a }
            engine_labels: { storage: ssd }
            overcommit: 1.5
            reserved: { cpus: 1, memory: 512m }
            replicas:
              - service: shop/db
                ports: ["5432", "127.0.0.1:8080:80/udp"]
          - name: web-2
            id: n2
            cpus: 2
            memory: 4GiB
            state: drained
            arch: aarch64
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        var hosts = HostsFile.Parse(Valid, "hosts.yml");

        Assert.Equal(2, hosts.Count);
        var first = hosts[0];
        Assert.Equal(("web-1", 4.0, 8L << 30, 1.5), (first.Name, first.Cpus, first.MemoryBytes, first.Overcommit));
        Assert.Equal((1.0, 512L << 20), (first.ReservedCpus, first.ReservedMemoryBytes));
        Assert.Equal("a", first.NodeLabels["zone"]);
        Assert.Equal("ssd", first.EngineLabels["storage"]);
        var replica = Assert.Single(first.Replicas);
        Assert.Equal(("shop", "db"), (replica.Project, replica.Service));
        Assert.Equal([new PublishedPort(5432), new PublishedPort(8080, "udp", "127.0.0.1")], replica.PublishedPorts);
        Assert.Equal((HostReadiness.Drained, "n2", "aarch64"), (hosts[1].State, hosts[1].NodeId, hosts[1].Arch));
    }

    [Fact]
    public void Parse_TopLevelList_Accepted()
    {
        var hosts = HostsFile.Parse("- {name: a, cpus: 1, memory: 1g}\n", "hosts.yml");

        Assert.Equal("a", Assert.Single(hosts).Name);
    }

    [Theory]
    [InlineData("hosts:\n  - {name: a, cpus: 1}\n", "needs both 'cpus' and 'memory'")]
    [InlineData("hosts:\n  - {name: a, cpus: many, memory: 1g}\n", "cpus must be a number")]
    [InlineData("hosts:\n  - {name: a, cpus: 1, memory: lots}\n", "memory must be a size")]
    [InlineData("hosts:\n  - {name: a, cpus: 1, memory: 1g, state: sleeping}\n", "state 'sleeping'")]
    [InlineData("hosts:\n  - {name: a, cpus: 1, memory: 1g, colour: red}\n", "unknown host key 'colour'")]
    [InlineData("hosts:\n  - {name: a, cpus: 1, memory: 1g}\n  - {name: a, cpus: 1, memory: 1g}\n", "listed 2 times")]
    [InlineData("hosts:\n  - {name: a, cpus: 1, memory: 1g, replicas: [{service: db}]}\n", "PROJECT/SERVICE")]
    [InlineData("hosts: [\n", "not valid YAML")]
    [InlineData("machines: []\n", "no 'hosts:' list")]
    public void Parse_InvalidFile_ThrowsNamingFileAndFix(string yaml, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => HostsFile.Parse(yaml, "pool.yml"));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("pool.yml", error.Message);
    }
}

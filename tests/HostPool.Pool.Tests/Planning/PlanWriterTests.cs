using System.Text.Json;
using HostPool.Pool.Planning;
using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Planning;

public sealed class PlanWriterTests
{
    private static DeploymentPlan SamplePlan() =>
        Plan(Hosts(2, cpus: 1), services: [Service("web", replicas: 3, cpus: 0.5), Service("big", cpus: 4)]);

    [Fact]
    public void Write_Json_HoldsPlacementsUnplacedAndHosts()
    {
        using var json = JsonDocument.Parse(PlanJsonWriter.Write(SamplePlan()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(4, root.GetProperty("summary").GetProperty("replicas").GetInt32());
        var placements = root.GetProperty("placements").EnumerateArray().ToArray();
        Assert.Equal(["web", "web", "web"], placements.Select(p => p.GetProperty("service").GetString()));
        Assert.Equal([1, 2, 3], placements.Select(p => p.GetProperty("replica").GetInt32()));
        Assert.All(placements, p => Assert.StartsWith("h", p.GetProperty("host").GetString()));
        var unplaced = root.GetProperty("unplaced").EnumerateArray().Single();
        Assert.Equal("big", unplaced.GetProperty("service").GetString());
        Assert.Contains("capacity", unplaced.GetProperty("reason").GetString());
        Assert.Equal(2, unplaced.GetProperty("hosts").GetArrayLength());
        Assert.Equal(2, root.GetProperty("hosts").GetArrayLength());
    }

    [Fact]
    public void Write_Table_ListsPlacementsUnplacedAndHosts()
    {
        var table = PlanTableWriter.Write(SamplePlan());

        Assert.Contains("3 placed, 1 unplaced", table);
        Assert.Matches(@"web\s+1\s+h\d\s+spread:", table);
        Assert.Contains("UNPLACED", table);
        Assert.Matches(@"big\s+1\s+no host can take it", table);
        Assert.Matches(@"h1\s+ready\s+\d", table);
    }
}

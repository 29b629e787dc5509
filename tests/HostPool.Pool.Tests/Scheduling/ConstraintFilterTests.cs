using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

public sealed class ConstraintFilterTests
{
    private static readonly HostSnapshot[] Zoned =
    [
        Host("web-1", labels: ("zone", "a")) with { Id = "n1", EngineLabels = new Dictionary<string, string> { ["storage"] = "ssd" } },
        Host("web-2", labels: ("zone", "b")) with { Id = "n2", Arch = "aarch64" },
        Host("db-1") with { Id = "n3", Os = "windows" },
    ];

    [Theory]
    [InlineData("node.labels.zone == a", "web-1")]
    [InlineData("node.labels.zone==b", "web-2")]
    [InlineData("node.hostname == db-1", "db-1")]
    [InlineData("node.id == n2", "web-2")]
    [InlineData("engine.labels.storage == ssd", "web-1")]
    [InlineData("node.platform.os == windows", "db-1")]
    [InlineData("node.platform.arch == aarch64", "web-2")]
    [InlineData("constraint:node==db*", "db-1")]
    [InlineData("node==/^web-2$/", "web-2")]
    [InlineData("zone==a", "web-1")]
    [InlineData("storage==SSD", "web-1")]
    public void Plan_EqualsConstraint_PlacesOnlyOnMatchingHost(string constraint, string expected)
    {
        var plan = Plan(Zoned, services: Service("svc", replicas: 3) with { Constraints = [constraint] });

        Assert.All(plan.Placements, p => Assert.Equal(expected, p.Host));
    }

    [Fact]
    public void Plan_NotEqualsConstraint_HostsWithoutTheLabelQualify()
    {
        var plan = Plan(Zoned, services: Service("svc", replicas: 6) with { Constraints = ["node.labels.zone != a"] });

        Assert.Equal(["db-1", "web-2"], plan.Placements.Select(p => p.Host).Distinct().Order());
    }

    [Fact]
    public void Plan_SoftConstraintNothingMatches_DropsItAndSaysSo()
    {
        var plan = Plan(Zoned, services: Service("svc", replicas: 2) with { Constraints = ["node.labels.zone==~c"] });

        Assert.True(plan.IsComplete);
        Assert.All(plan.Placements, p => Assert.True(p.Reason.SoftRulesDropped));
    }

    [Fact]
    public void Plan_SoftConstraintMatches_KeepsIt()
    {
        var plan = Plan(Zoned, services: Service("svc", replicas: 2) with { Constraints = ["node.labels.zone==~b"] });

        Assert.All(plan.Placements, p => Assert.Equal("web-2", p.Host));
        Assert.All(plan.Placements, p => Assert.False(p.Reason.SoftRulesDropped));
    }

    [Fact]
    public void Plan_HardConstraintNothingMatches_ReplicaUnplacedWithConstraintReason()
    {
        var plan = Plan(Zoned, services: Service("svc") with { Constraints = ["node.labels.zone==c"] });

        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Equal("constraint", Assert.Single(unplaced.ByFilter).Filter);
        Assert.Equal(3, unplaced.Hosts.Count);
        Assert.Contains("node.labels.zone", unplaced.Reason);
    }

    [Theory]
    [InlineData("node.labels.zone")]
    [InlineData("== a")]
    [InlineData("node.labels. == a")]
    [InlineData("zone==/[/")]
    public void Plan_MalformedConstraint_ThrowsInvalidInputNamingIt(string constraint)
    {
        var error = Assert.Throws<InvalidInputException>(() => Plan(Zoned, services: Service("svc") with { Constraints = [constraint] }));

        Assert.Contains("svc", error.Message);
    }
}

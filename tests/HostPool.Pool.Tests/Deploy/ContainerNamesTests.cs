using HostPool.Pool.Deploy;

namespace HostPool.Pool.Tests.Deploy;

public sealed class ContainerNamesTests
{
    [Fact]
    public void Superseded_RoundTripsTheDeployMark()
    {
        var kept = ContainerNames.Superseded(ContainerNames.Replica("shop", "web", 2), "20261124101500123");

        Assert.Equal("shop-web-2.superseded-20261124101500123", kept);
        Assert.Equal("20261124101500123", ContainerNames.SupersededBy(kept));
        Assert.Null(ContainerNames.SupersededBy("shop-web-2"));
        Assert.True(ContainerNames.IsNext(ContainerNames.Next("shop-web-2", "1")));
    }

    [Theory]
    [InlineData("Exited (0) 3 minutes ago", 0)]
    [InlineData("Exited (137) 2 seconds ago", 137)]
    [InlineData("Up 5 minutes", null)]
    public void ExitCodeOf_EngineStatusText(string status, int? code) => Assert.Equal(code, ProjectContainers.ExitCodeOf(status));
}

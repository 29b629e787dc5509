using HostPool.Compose.Model;
using HostPool.Pool.Deploy;

namespace HostPool.Pool.Tests.Deploy;

public sealed class RolloutPolicyTests
{
    [Fact]
    public void Of_NoUpdateConfig_SwarmDefaults()
    {
        var policy = RolloutPolicy.Of(new ComposeService("web"));

        Assert.Equal(new RolloutPolicy(1, TimeSpan.Zero, false, "pause", TimeSpan.Zero, 0), policy);
    }

    [Fact]
    public void Batches_ParallelismTwoOfFive_TwoTwoOne()
    {
        var policy = RolloutPolicy.Of(Service(new UpdatePolicy { Parallelism = 2, Order = "start-first" }));

        Assert.True(policy.StartFirst);
        Assert.Equal([2, 2, 1], policy.Batches([1, 2, 3, 4, 5]).Select(b => b.Count));
    }

    [Fact]
    public void Batches_ParallelismZero_AllAtOnce()
    {
        Assert.Equal([4], RolloutPolicy.Of(Service(new UpdatePolicy { Parallelism = 0 })).Batches([1, 2, 3, 4]).Select(b => b.Count));
    }

    [Theory]
    [InlineData(0.0, 1, 10, true)]
    [InlineData(0.2, 2, 10, false)]
    [InlineData(0.2, 3, 10, true)]
    public void Exceeded_ByMaxFailureRatio(double ratio, int failures, int replacements, bool exceeded)
    {
        Assert.Equal(exceeded, RolloutPolicy.Of(Service(new UpdatePolicy { MaxFailureRatio = ratio })).Exceeded(failures, replacements));
    }

    private static ComposeService Service(UpdatePolicy update) =>
        new("web") { Deploy = new DeployConfig(DeployMode.Replicated, 3) { UpdateConfig = update } };
}

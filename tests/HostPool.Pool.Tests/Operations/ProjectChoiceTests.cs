using HostPool.Pool.Operations;

namespace HostPool.Pool.Tests.Operations;

public sealed class ProjectChoiceTests
{
    [Fact]
    public void Choose_NamedAndRunning_IsTheNamedOne() => Assert.Equal("shop", ProjectChoice.Choose("shop", ["blog", "shop"], null));

    [Fact]
    public void Choose_NoNameOneProjectRuns_IsThatProject() => Assert.Equal("shop", ProjectChoice.Choose(null, ["shop", "shop", ""], null));

    [Fact]
    public void Choose_NoNameSeveralRun_ThrowsUsageListingThemAndAskingForP()
    {
        var error = Assert.Throws<UsageException>(() => ProjectChoice.Choose(null, ["shop", "blog"], "eu"));

        Assert.Contains("blog, shop", error.Message);
        Assert.Contains("-p", error.Message);
        Assert.Contains("pool 'eu'", error.Message);
    }

    [Fact]
    public void Choose_NoProjectRuns_ThrowsNotFoundPointingAtDeploy()
    {
        var error = Assert.Throws<NotFoundException>(() => ProjectChoice.Choose(null, [], null));

        Assert.Contains("hostpool deploy", error.Message);
    }

    [Fact]
    public void Choose_NamedButNotRunning_ThrowsNotFoundListingWhatRuns()
    {
        var error = Assert.Throws<NotFoundException>(() => ProjectChoice.Choose("shop", ["blog"], null));

        Assert.Contains("'shop'", error.Message);
        Assert.Contains("running: blog", error.Message);
    }
}

using HostPool.Cli.Commands.Pool;

namespace HostPool.Cli.Tests.Pool;

public sealed class RestartTargetsTests
{
    private static readonly HashSet<string> Hosts = new(StringComparer.Ordinal) { "web-1", "web-2", "db" };

    [Fact]
    public void Choose_EveryNameIsAHost_Hosts() =>
        Assert.Equal(RestartTarget.Hosts, RestartTargets.Choose(["web-1", "web-2"], Hosts, projectScopeGiven: false));

    [Fact]
    public void Choose_NoNameIsAHost_Services() =>
        Assert.Equal(RestartTarget.Services, RestartTargets.Choose(["api", "worker"], Hosts, projectScopeGiven: false));

    [Fact]
    public void Choose_NoName_AllServicesOfTheProject() =>
        Assert.Equal(RestartTarget.Services, RestartTargets.Choose([], Hosts, projectScopeGiven: false));

    [Fact]
    public void Choose_ProjectNamed_ServicesEvenWhenTheNameIsAlsoAHost() =>
        Assert.Equal(RestartTarget.Services, RestartTargets.Choose(["db"], Hosts, projectScopeGiven: true));

    [Fact]
    public void Choose_HostsAndOtherNames_RefusedWithBothCommands()
    {
        var error = Assert.Throws<UsageException>(() => RestartTargets.Choose(["web-1", "api"], Hosts, projectScopeGiven: false));

        Assert.Contains("web-1 is a host but api is not", error.Message);
        Assert.Contains("`hostpool restart web-1`", error.Message);
        Assert.Contains("`hostpool restart -p PROJECT api`", error.Message);
    }
}

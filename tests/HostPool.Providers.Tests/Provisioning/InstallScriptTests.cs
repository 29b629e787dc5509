using HostPool.Providers.Ssh;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class InstallScriptTests
{
    private static readonly OperatingSystemInfo Debian = new("debian", "12", OsFamily.Debian);
    private static readonly OperatingSystemInfo Rocky = new("rocky", "9.3", OsFamily.Rhel);
    private static readonly OperatingSystemInfo Fedora = new("fedora", "40", OsFamily.Rhel);
    private static readonly OperatingSystemInfo Alpine = new("alpine", "3.19.1", OsFamily.Alpine);

    [Fact]
    public void For_Debian_InstallsDockerIoNonInteractively()
    {
        var script = InstallScript.For(Debian, new EngineOptions());

        Assert.Contains("DEBIAN_FRONTEND=noninteractive", script);
        Assert.Contains("DOCKER_VERSION=''", script);
        Assert.Contains("apt-get install -y -q \"$package\"", script);
    }

    [Fact]
    public void For_DebianPinned_PinsThePackageVersion()
    {
        var script = InstallScript.For(Debian, new EngineOptions { DockerVersion = "20.10" });

        Assert.Contains("DOCKER_VERSION='20.10'", script);
        Assert.Contains("package=\"docker.io=$DOCKER_VERSION*\"", script);
    }

    [Fact]
    public void For_RockyAndFedora_UseDockerCeAndMobyEngine()
    {
        var rocky = InstallScript.For(Rocky, new EngineOptions { DockerVersion = "24.0.7" });
        var fedora = InstallScript.For(Fedora, new EngineOptions());

        Assert.Contains("OS_ID='rocky'", rocky);
        Assert.Contains("\"docker-ce$suffix\"", rocky);
        Assert.Contains("DOCKER_VERSION='24.0.7'", rocky);
        Assert.Contains("OS_ID='fedora'", fedora);
        Assert.Contains("moby-engine", fedora);
    }

    [Fact]
    public void For_AlpinePinned_UsesApkFuzzyVersion()
    {
        var script = InstallScript.For(Alpine, new EngineOptions { DockerVersion = "25.0" });

        Assert.Contains("package=\"docker~$DOCKER_VERSION\"", script);
        Assert.Contains("apk add --no-cache", script);
    }

    [Fact]
    public void For_InstallUrl_FetchesAndRunsTheScriptWithPinnedVersion()
    {
        var script = InstallScript.For(Alpine, new EngineOptions { InstallUrl = "https://get.example.test/docker.sh", DockerVersion = "24.0" });

        Assert.Contains("INSTALL_URL='https://get.example.test/docker.sh'", script);
        Assert.Contains("VERSION=\"$DOCKER_VERSION\" sh \"$script\"", script);
        Assert.DoesNotContain("apk add", script);
    }

    [Theory]
    [InlineData("20.10; rm -rf /")]
    [InlineData("$(reboot)")]
    public void For_VersionWithShellSyntax_IsRefused(string version)
    {
        Assert.Throws<InvalidInputException>(() => InstallScript.For(Debian, new EngineOptions { DockerVersion = version }));
    }

    [Fact]
    public void For_InstallUrlNotHttp_IsRefused()
    {
        Assert.Throws<InvalidInputException>(() => InstallScript.For(Debian, new EngineOptions { InstallUrl = "file:///etc/passwd" }));
    }

    [Fact]
    public async Task For_EveryFamily_RendersValidShell()
    {
        var scripts = new[]
        {
            InstallScript.For(Debian, new EngineOptions { DockerVersion = "20.10" }),
            InstallScript.For(Rocky, new EngineOptions()),
            InstallScript.For(Alpine, new EngineOptions()),
            InstallScript.For(Debian, new EngineOptions { InstallUrl = "https://get.example.test/" }),
        };

        foreach (var script in scripts)
        {
            var check = await ShellCommand.RunAsync($"sh -n -c {ShellQuote.Quote(script)}", TestContext.Current.CancellationToken);
            Assert.True(check.ExitCode == 0, check.Error);
        }
    }
}

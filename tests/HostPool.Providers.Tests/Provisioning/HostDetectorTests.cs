using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class HostDetectorTests
{
    private static string Output(string pid1, string mounts, string runDocker = "shared", string socket = "no") =>
        $"{OsReleaseSamples.Debian12}\n{HostDetector.Separator}\npid1={pid1}\nmounts={mounts}\nrun-docker={runDocker}\ndocker-socket={socket}\n";

    [Fact]
    public void Parse_SystemdSharingMachineMounts_UsesSystemdWithSocketActivation()
    {
        var facts = HostDetector.Parse("web-1", Output("systemd", "machine", socket: "yes"));

        Assert.Equal(InitSystem.Systemd, facts.Init);
        Assert.Equal("fd://", facts.LocalSocket);
    }

    [Fact]
    public void Parse_SystemdWithoutDockerSocketUnit_ListensOnTheStandardSocket()
    {
        var facts = HostDetector.Parse("web-1", Output("systemd", "machine", socket: "no"));

        Assert.Equal(EngineLayout.StandardSocket, facts.LocalSocket);
    }

    [Fact]
    public void Parse_NamespaceHostOnSystemdMachine_IsSupervisedAndLeavesMachineUnitsAlone()
    {
        var facts = HostDetector.Parse("web-1", Output("systemd", "own", runDocker: "private"));

        Assert.Equal(InitSystem.Supervised, facts.Init);
        Assert.False(facts.SharesMachineMounts);
        Assert.Equal(EngineLayout.PrivateRunSocket, facts.LocalSocket);
    }

    [Fact]
    public void Parse_NoSystemd_IsSupervisedOnTheStandardSocket()
    {
        var facts = HostDetector.Parse("web-1", Output("other", "machine"));

        Assert.Equal(InitSystem.Supervised, facts.Init);
        Assert.Equal(EngineLayout.StandardSocket, facts.LocalSocket);
        Assert.Equal("debian 12", facts.Os.Display);
    }

    [Fact]
    public async Task Script_ThisMachine_RunsAndParsesAsItsOwnOsAndInit()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var pid1 = (await File.ReadAllTextAsync("/proc/1/comm", cancellationToken)).Trim();
        var expectedOs = OsRelease.Detect("this", await File.ReadAllTextAsync("/etc/os-release", cancellationToken)).Display;

        var result = await ShellCommand.RunAsync(HostDetector.Script, cancellationToken);
        var facts = HostDetector.Parse("this", result.Output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expectedOs, facts.Os.Display);
        if (pid1 != "systemd")
        {
            Assert.Equal(InitSystem.Supervised, facts.Init);
        }
    }
}

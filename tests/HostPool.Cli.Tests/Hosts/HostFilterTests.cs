using HostPool.Cli.Commands.Hosts;
using HostPool.Providers.Hosts;
using HostPool.Providers.Model;

namespace HostPool.Cli.Tests.Hosts;

public sealed class HostFilterTests
{
    private static HostLiveStatus Status(string name, string driver = "local", MachineState machine = MachineState.Running) => new(
        new HostRecord
        {
            Name = name, Pool = "default", Driver = driver, State = HostState.Running,
            Labels = new Dictionary<string, string> { ["zone"] = "a" },
            Engine = new EngineOptions { Labels = ["disk=ssd"] },
        },
        machine,
        "20.10.24",
        null);

    [Fact]
    public void Matches_NameGlob_MatchesOnlyThePattern()
    {
        var filter = HostFilter.Parse(["name=web-*"]);

        Assert.True(filter.Matches(Status("web-1")));
        Assert.False(filter.Matches(Status("db-1")));
    }

    [Fact]
    public void Matches_SameKeyTwice_EitherValue()
    {
        var filter = HostFilter.Parse(["driver=ec2", "driver=local"]);

        Assert.True(filter.Matches(Status("a", "local")));
        Assert.False(filter.Matches(Status("a", "generic")));
    }

    [Fact]
    public void Matches_StateUsesLiveMachineState()
    {
        var filter = HostFilter.Parse(["state=stopped"]);

        Assert.True(filter.Matches(Status("a", machine: MachineState.Stopped)));
        Assert.False(filter.Matches(Status("a")));
    }

    [Fact]
    public void Matches_LabelFromPoolOrEngine()
    {
        Assert.True(HostFilter.Parse(["label=zone=a"]).Matches(Status("a")));
        Assert.True(HostFilter.Parse(["label=disk=ssd"]).Matches(Status("a")));
        Assert.False(HostFilter.Parse(["label=zone=b"]).Matches(Status("a")));
    }

    [Fact]
    public void Parse_UnknownKey_UsageErrorListingKeys()
    {
        var error = Assert.Throws<UsageException>(() => HostFilter.Parse(["colour=red"]));
        Assert.Contains("name, driver, state, pool, label", error.Message);
    }
}

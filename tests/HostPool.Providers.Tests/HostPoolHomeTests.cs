using HostPool.Providers;

namespace HostPool.Providers.Tests;

public sealed class HostPoolHomeTests
{
    [Fact]
    public void ToRelative_PathUnderHome_RoundTripsThroughResolve()
    {
        var home = new HostPoolHome("/tmp/hp-home");
        var key = Path.Combine(home.MachineDirectory("web-1"), "id_ed25519");

        var relative = home.ToRelative(key);

        Assert.Equal(Path.Combine("machines", "web-1", "id_ed25519"), relative);
        Assert.False(Path.IsPathRooted(relative));
        Assert.Equal(key, home.Resolve(relative));
    }
}

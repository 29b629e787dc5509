using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Local;

/// <summary>A local host looks like a fresh machine: root's home is its own, not this machine's.</summary>
public sealed class LocalHostHomeTests
{
    [Fact]
    public async Task CreateAsync_Host_HasARootHomeOfItsOwn()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("home-1", ct);
        await using var session = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);
        var marker = $"hostpool-home-{Guid.NewGuid():N}";

        var written = await session.RunAsync($"touch /root/{marker} && ls -A /root", ct);

        Assert.True(written.Succeeded, written.StandardError);
        Assert.Equal([marker], written.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists($"/root/{marker}"), "a file the host wrote to /root appeared in this machine's /root");
    }
}

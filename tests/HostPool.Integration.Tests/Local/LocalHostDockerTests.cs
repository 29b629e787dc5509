using HostPool.Integration.Tests.Support;

namespace HostPool.Integration.Tests.Local;

public sealed class LocalHostDockerTests
{
    private const string StartDockerd =
        // Only dockerd goes to the background, with its output away from the session, so the command can end.
        "setsid dockerd -H unix:///run/docker/docker.sock " +
        "</dev/null >/run/dockerd.log 2>&1 & " +
        "for i in $(seq 1 150); do docker -H unix:///run/docker/docker.sock info --format '{{.Name}}' 2>/dev/null && exit 0; sleep 0.2; done; " +
        "cat /run/dockerd.log; exit 1";

    [Fact]
    public async Task RemoveAsync_HostWithDockerdRunning_LeavesNoNamespaceProcessVethMountFolderOrBridge()
    {
        RootNamespaces.RequireDocker();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("docker-1", ct);
        await using (var session = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct))
        {
            var info = await session.RunAsync(StartDockerd, ct);
            Assert.True(info.Succeeded, info.StandardOutput + info.StandardError);
            Assert.Equal("docker-1", info.StandardOutput.Trim());
            var root = await session.RunAsync("docker -H unix:///run/docker/docker.sock info --format '{{.DockerRootDir}}'", ct);
            Assert.Equal("/var/lib/docker", root.StandardOutput.Trim());
        }

        Assert.True(Directory.EnumerateFileSystemEntries(Path.Combine(bed.Home.MachineDirectory("docker-1"), "local", "var-lib-docker")).Any());
        var pids = LeftoverCheck.ProcessesOf(bed.Home, host.Name);
        Assert.True(pids.Count >= 3, $"sshd, dockerd and containerd should run in the host, saw {pids.Count}");

        await bed.Driver.RemoveAsync(host, ct);

        Assert.Empty(LeftoverCheck.Of(bed.Home, host, bed.Bridge, pids));
    }
}

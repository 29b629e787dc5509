using System.Diagnostics;
using HostPool.Integration.Tests.Support;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Local;

public sealed class LocalHostLifecycleTests
{
    [Fact]
    public async Task StopThenStart_RunningHost_StopsEveryProcessAndSshWorksAgainWithTheSameKey()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("cycle-1", ct);
        await using (var first = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct))
        {
            await first.RunAsync("setsid sleep 600 </dev/null >/dev/null 2>&1 &", ct);
        }

        var before = LeftoverCheck.ProcessesOf(bed.Home, host.Name);
        Assert.True(before.Count >= 2, "sshd and the sleep should run in the host");

        await bed.Driver.StopAsync(host, ct);

        Assert.Equal(MachineState.Stopped, (await bed.Driver.GetStatusAsync(host, ct)).State);
        Assert.Empty(LeftoverCheck.ProcessesOf(bed.Home, host.Name));

        await bed.Driver.StartAsync(host, ct);

        var status = await bed.Driver.GetStatusAsync(host, ct);
        Assert.Equal(MachineState.Running, status.State);
        Assert.Equal(host.PublicAddress, status.PublicAddress);
        await using var again = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);
        Assert.Equal("cycle-1", (await again.RunAsync("hostname", ct)).StandardOutput.Trim());
        Assert.Equal("/etc/docker", (await again.RunAsync("findmnt -n -o TARGET /etc/docker", ct)).StandardOutput.Trim());
    }

    [Fact]
    public async Task KillAsync_RunningHost_EndsEveryProcessAndStartRevivesIt()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("kill-1", ct);

        await bed.Driver.KillAsync(host, ct);

        Assert.Equal(MachineState.Stopped, (await bed.Driver.GetStatusAsync(host, ct)).State);
        await bed.Driver.StartAsync(host, ct);
        await bed.Driver.StartAsync(host, ct);
        Assert.Equal(MachineState.Running, (await bed.Driver.GetStatusAsync(host, ct)).State);
        // Start's readiness probe connects to sshd, which forks a child for that connection; it ends on its own.
        var processes = LeftoverCheck.ProcessesOf(bed.Home, host.Name);
        for (var attempt = 0; attempt < 100 && processes.Count > 1; attempt++)
        {
            await Task.Delay(100, ct);
            processes = LeftoverCheck.ProcessesOf(bed.Home, host.Name);
        }

        Assert.Single(processes);
    }

    [Fact]
    public async Task GetStatusAsync_AfterRemove_IsNotFoundAndRemoveAgainSucceeds()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("gone-1", ct);
        var pids = LeftoverCheck.ProcessesOf(bed.Home, host.Name);

        await bed.Driver.RemoveAsync(host, ct);
        await bed.Driver.RemoveAsync(host, ct);

        Assert.Equal(MachineState.NotFound, (await bed.Driver.GetStatusAsync(host, ct)).State);
        Assert.Empty(LeftoverCheck.Of(bed.Home, host, bed.Bridge, pids));
        await Assert.ThrowsAsync<ProviderException>(() => bed.Driver.StartAsync(host, ct));
    }

    [Fact]
    public async Task StopAsync_ProcessEnteredOnlyTheNetworkNamespace_EndsItButNothingOutsideTheHost()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("shared-mnt-1", ct);
        using var inside = Process.Start("nsenter", [$"--net=/run/netns/{host.ProviderId}", "sleep", "120"]);
        using var outside = Process.Start("sleep", ["120"]);
        try
        {
            // nsenter enters the namespace a moment after it starts.
            for (var attempt = 0; attempt < 100 && !LeftoverCheck.ProcessesOf(bed.Home, host.Name).Contains(inside.Id); attempt++)
            {
                await Task.Delay(50, ct);
            }

            Assert.Contains(inside.Id, LeftoverCheck.ProcessesOf(bed.Home, host.Name));

            await bed.Driver.StopAsync(host, ct);

            await inside.WaitForExitAsync(ct);
            Assert.False(outside.HasExited, "a process outside the host must survive stopping it");
        }
        finally
        {
            outside.Kill();
        }
    }
}

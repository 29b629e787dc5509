using System.Text.Json;
using HostPool.Providers.Store;

namespace HostPool.Cli.Tests.Pool;

public sealed class PoolLockCommandTests : IDisposable
{
    private static readonly ProcessIdentity OtherDeploy = ProcessIdentity.Current() with { User = "alice" };
    private readonly CliRun _cli = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-lock-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deploy_PoolLockedByAnotherDeploy_ConflictNamingHolderAndNothingElse()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var (code, output, error) = await _cli.RunAsync("deploy", "-f", ComposeFile());

        Assert.Equal((int)ExitCode.Conflict, code);
        Assert.StartsWith($"error: pool 'default' is locked by {OtherDeploy}", error);
        Assert.Contains("(\"deploy shop\")", error);
        Assert.Contains("hostpool lock release default --force", error);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Deploy_BlockedByTheLock_AuditedAsFailedDeployOfTheProject()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);
        await _cli.RunAsync("deploy", "-f", ComposeFile());

        var (_, output, _) = await _cli.RunAsync("audit", "--format", "json");

        var entry = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal(("deploy", "shop", "failed"), (entry.GetProperty("action").GetString(), entry.GetProperty("target").GetString(), entry.GetProperty("result").GetString()));
        Assert.StartsWith("pool 'default' is locked by", entry.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Deploy_AfterTheHolderReleases_GetsPastTheLockAndReleasesItsOwn()
    {
        var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);
        await held.DisposeAsync();

        var (code, _, error) = await _cli.RunAsync("deploy", "-f", ComposeFile());

        Assert.NotEqual((int)ExitCode.Conflict, code);
        Assert.DoesNotContain("locked", error);
        Assert.Empty(await _cli.PoolLock.ListAsync(Token));
    }

    [Fact]
    public async Task Deploy_HolderProcessGone_TakesTheLockOverAndSaysFromWhom()
    {
        using var exited = System.Diagnostics.Process.Start("true");
        await exited.WaitForExitAsync(Token);
        var gone = OtherDeploy with { Pid = exited.Id };
        await _cli.PoolLock.AcquireAsync("default", gone, "deploy shop", TimeSpan.Zero, Token);

        var (code, _, error) = await _cli.RunAsync("deploy", "-f", ComposeFile());

        Assert.NotEqual((int)ExitCode.Conflict, code);
        Assert.Contains($"warning: took over the lock of pool 'default' from {gone}", error);
        Assert.Empty(await _cli.PoolLock.ListAsync(Token));
    }

    [Fact]
    public async Task Deploy_DryRunWhileLocked_TakesNoLock()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var (_, _, error) = await _cli.RunAsync("deploy", "-f", ComposeFile(), "--dry-run");

        Assert.DoesNotContain("locked", error);
    }

    [Fact]
    public async Task Deploy_OtherPoolLocked_NotBlocked()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("batch", OtherDeploy, "deploy jobs", TimeSpan.Zero, Token);

        var (code, _, error) = await _cli.RunAsync("deploy", "-f", ComposeFile(), "--pool", "web");

        Assert.NotEqual((int)ExitCode.Conflict, code);
        Assert.DoesNotContain("locked", error);
    }

    [Fact]
    public async Task Deploy_LockWaitRunsOut_ConflictSaysItWaited()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var (code, _, error) = await _cli.RunAsync("deploy", "-f", ComposeFile(), "--lock-wait", "1s");

        Assert.Equal((int)ExitCode.Conflict, code);
        Assert.StartsWith("error: waited 1s and pool 'default' is locked by", error);
    }

    [Fact]
    public async Task Deploy_LockWaitNotADuration_UsageError()
    {
        var (code, _, error) = await _cli.RunAsync("deploy", "-f", ComposeFile(), "--lock-wait", "soon");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("'soon' is not a duration", error);
    }

    [Fact]
    public async Task Down_PoolLocked_Conflict()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var (code, _, error) = await _cli.RunAsync("down", "-p", "shop");

        Assert.Equal((int)ExitCode.Conflict, code);
        Assert.Contains(OtherDeploy.ToString(), error);
    }

    [Fact]
    public async Task LockLs_HeldLock_ListsPoolHolderSinceAndMessage()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var table = await _cli.RunAsync("lock", "ls");
        var json = await _cli.RunAsync("lock", "ls", "--format", "json");

        Assert.Contains(OtherDeploy.ToString(), table.Out);
        Assert.Contains("deploy shop", table.Out);
        var listed = Assert.Single(JsonDocument.Parse(json.Out).RootElement.EnumerateArray());
        Assert.Equal("default", listed.GetProperty("pool").GetString());
        Assert.Equal(OtherDeploy.Pid, listed.GetProperty("holder").GetProperty("pid").GetInt32());
    }

    [Fact]
    public async Task LockLs_NothingHeld_SaysSo()
    {
        var (code, output, _) = await _cli.RunAsync("lock", "ls");

        Assert.Equal((0, "No pool is locked."), (code, output.Trim()));
    }

    [Fact]
    public async Task LockRelease_WithoutForce_RefusesExplainsAndKeepsTheLock()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var (code, _, error) = await _cli.RunAsync("lock", "release", "default");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("hostpool lock release default --force", error);
        Assert.Single(await _cli.PoolLock.ListAsync(Token));
    }

    [Fact]
    public async Task LockRelease_Force_ReleasesAndNamesWhoHeldIt()
    {
        await using var held = await _cli.PoolLock.AcquireAsync("default", OtherDeploy, "deploy shop", TimeSpan.Zero, Token);

        var (code, output, error) = await _cli.RunAsync("lock", "release", "default", "--force");

        Assert.True(code == 0, error);
        Assert.Contains($"held by {OtherDeploy}", output);
        Assert.Empty(await _cli.PoolLock.ListAsync(Token));
    }

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string ComposeFile()
    {
        var path = Path.Combine(_folder, "compose.yaml");
        File.WriteAllText(path, """
            name: shop
            services:
              web:
                image: busybox
            """);
        return path;
    }
}

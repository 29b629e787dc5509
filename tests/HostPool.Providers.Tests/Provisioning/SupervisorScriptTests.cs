using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Tests.Provisioning;

/// <summary>The rendered supervisor run for real by /bin/sh, supervising a stand-in daemon (sleep) in a temporary folder.</summary>
public sealed class SupervisorScriptTests : IDisposable
{
    private static readonly ResiliencePipeline Eventually = new ResiliencePipelineBuilder { Name = "test-supervisor-eventually" }
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 100, Delay = TimeSpan.FromMilliseconds(100), BackoffType = DelayBackoffType.Constant })
        .Build();

    private readonly TemporaryDirectory directory = new();
    private readonly EngineLayout layout;

    public SupervisorScriptTests()
    {
        layout = new EngineLayout(directory.Path, Path.Combine(directory.Path, "run"));
        // The stand-in writes its pid where dockerd's --pidfile would, then sleeps.
        var daemon = new[] { "sh", "-c", $"echo $$ > '{layout.DockerdPidFile}'; exec sleep 300" };
        File.WriteAllText(layout.SupervisorScript, SupervisorScript.Render(layout, daemon, []));
    }

    [Fact]
    public async Task Start_Twice_KeepsOneSupervisorAndOneDaemon()
    {
        var first = await RunAsync("start");
        var daemon = await DaemonPidAsync();

        var second = await RunAsync("start");

        Assert.Equal("started", first.Trim());
        Assert.Equal("running", second.Trim());
        Assert.Equal(daemon, await DaemonPidAsync());
    }

    [Fact]
    public async Task Run_DaemonDies_IsRestarted()
    {
        await RunAsync("start");
        var daemon = await DaemonPidAsync();

        await ShellCommand.RunAsync($"kill -9 {daemon}", TestContext.Current.CancellationToken);

        var restarted = await Eventually.ExecuteAsync(async token =>
        {
            var pid = await DaemonPidAsync();
            return pid != daemon && IsAlive(pid) ? pid : throw new InvalidOperationException("not restarted yet");
        }, TestContext.Current.CancellationToken);
        Assert.NotEqual(daemon, restarted);
    }

    [Fact]
    public async Task Restart_Running_ReplacesSupervisorAndDaemon()
    {
        await RunAsync("start");
        var daemon = await DaemonPidAsync();

        await RunAsync("restart");

        Assert.False(IsAlive(daemon));
        Assert.NotEqual(daemon, await DaemonPidAsync());
    }

    [Fact]
    public async Task Stop_Running_EndsSupervisorAndDaemon()
    {
        await RunAsync("start");
        var daemon = await DaemonPidAsync();

        var stopped = await RunAsync("stop");

        Assert.Equal("stopped", stopped.Trim());
        Assert.False(IsAlive(daemon));
        Assert.Equal("stopped", (await RunAsync("status")).Trim());
    }

    public void Dispose()
    {
        ShellCommand.RunAsync($"sh '{layout.SupervisorScript}' stop", CancellationToken.None).GetAwaiter().GetResult();
        directory.Dispose();
    }

    private async Task<string> RunAsync(string verb)
    {
        var result = await ShellCommand.RunAsync($"sh '{layout.SupervisorScript}' {verb}", TestContext.Current.CancellationToken);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private Task<int> DaemonPidAsync() => Eventually.ExecuteAsync(
        token => ValueTask.FromResult(int.Parse(File.ReadAllText(layout.DockerdPidFile).Trim())),
        TestContext.Current.CancellationToken).AsTask();

    private static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");
}

using System.Net.Sockets;
using HostPool.Providers.Ssh;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;
using Renci.SshNet.Common;

namespace HostPool.Providers.Tests.Ssh;

public sealed class SshWaitPipelineTests
{
    [Fact]
    public void IsTransient_BootingMachineErrors_AreRetriedButAChangedKeyIsNot()
    {
        Assert.True(SshWaitPipeline.IsTransient(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.True(SshWaitPipeline.IsTransient(new SshConnectionException("reset")));
        Assert.True(SshWaitPipeline.IsTransient(new SshAuthenticationException("not yet authorized")));
        Assert.False(SshWaitPipeline.IsTransient(new ConflictException("host key changed")));
        Assert.False(SshWaitPipeline.IsTransient(new InvalidOperationException()));
    }

    [Fact]
    public async Task Build_RefusedUntilTimeout_GivesUpAfterTheOverallTimeout()
    {
        var time = new FakeTimeProvider();
        var options = new SshWaitOptions { Timeout = TimeSpan.FromSeconds(10), RetryDelay = TimeSpan.FromSeconds(1) };
        var pipeline = SshWaitPipeline.Build(options, time);
        var attempts = 0;

        var run = pipeline.ExecuteAsync(
            _ =>
            {
                attempts++;
                throw new SocketException((int)SocketError.ConnectionRefused);
            },
            TestContext.Current.CancellationToken).AsTask();
        for (var i = 0; i < 12 && !run.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => run);
        Assert.InRange(attempts, 5, 11);
    }
}

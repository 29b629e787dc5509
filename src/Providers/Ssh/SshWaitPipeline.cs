using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Renci.SshNet.Common;

namespace HostPool.Providers.Ssh;

/// <summary>The named pipeline that retries SSH connection attempts until the overall timeout.</summary>
internal static class SshWaitPipeline
{
    public static ResiliencePipeline Build(SshWaitOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { Name = SshWaitOptions.PipelineName, TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = options.RetryDelay,
                UseJitter = false,
            })
            .Build();

    /// <summary>Failures a machine that is still booting produces; a changed host key is never one.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        HostPoolException => false,
        SocketException or SshConnectionException or SshOperationTimeoutException or SshAuthenticationException => true,
        ProxyException => false,
        SshException or IOException or TimeoutException => true,
        _ => false,
    };
}

using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HostPool.Providers.Local;

/// <summary>The local driver's named, bounded waits: poll a condition until it holds or the wait's timeout passes.</summary>
internal sealed class LocalWaits(TimeProvider timeProvider)
{
    public static readonly LocalWait GracefulStop = new("hostpool-local-graceful-stop", TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(100));
    public static readonly LocalWait Kill = new("hostpool-local-kill", TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(50));
    public static readonly LocalWait SshdReady = new("hostpool-local-sshd-ready", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20));

    public Task<bool> UntilAsync(LocalWait wait, Func<bool> condition, CancellationToken cancellationToken) =>
        UntilAsync(wait, _ => Task.FromResult(condition()), cancellationToken);

    /// <summary>True when <paramref name="condition"/> held before the wait's timeout; false when it never did.</summary>
    public async Task<bool> UntilAsync(LocalWait wait, Func<CancellationToken, Task<bool>> condition, CancellationToken cancellationToken)
    {
        var pipeline = new ResiliencePipelineBuilder<bool> { Name = wait.Name, TimeProvider = timeProvider }
            .AddTimeout(wait.Timeout)
            .AddRetry(new RetryStrategyOptions<bool>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is false),
                MaxRetryAttempts = int.MaxValue,
                Delay = wait.Interval,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
            })
            .Build();
        try
        {
            return await pipeline.ExecuteAsync(async token => await condition(token), cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            return false;
        }
    }
}

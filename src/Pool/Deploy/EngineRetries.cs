using Docker.DotNet;
using Polly;
using Polly.Retry;

namespace HostPool.Pool.Deploy;

/// <summary>
/// The named pipelines that wait out an engine or cluster that is settling: an engine answer the predicate
/// recognises is tried again after a short constant wait, a bounded number of times; any other answer is final.
/// </summary>
internal static class EngineRetries
{
    public static ResiliencePipeline WhileSettling(string name, Func<DockerApiException, bool> settling, int attempts, TimeSpan delay) =>
        new ResiliencePipelineBuilder { Name = name }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle(settling),
                MaxRetryAttempts = attempts,
                Delay = delay,
                BackoffType = DelayBackoffType.Constant,
            })
            .Build();

    /// <summary>The id of a deploy or rollback: the time it started, to the millisecond, so ids sort by time.</summary>
    public static string DeployId(TimeProvider time) =>
        time.GetUtcNow().ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
}

using HostPool.Providers.Ssh;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// Package managers refuse to run while another one (often cloud-init's first-boot upgrade) holds their lock.
/// The install is retried by a bounded, named pipeline while the host says its lock is held.
/// </summary>
internal static class PackageLock
{
    public const string PipelineName = "hostpool-docker-install";

    private static readonly string[] LockMessages =
    [
        "Could not get lock",
        "Unable to acquire the dpkg frontend lock",
        "Unable to lock the administration directory",
        "is locked by another process",
        "Unable to lock database",
        "Waiting for process with pid",
    ];

    public static bool IsHeld(SshCommandResult result) =>
        !result.Succeeded && LockMessages.Any(message =>
            result.StandardError.Contains(message, StringComparison.OrdinalIgnoreCase)
            || result.StandardOutput.Contains(message, StringComparison.OrdinalIgnoreCase));

    public static ResiliencePipeline<SshCommandResult> CreatePipeline(ProvisioningOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder<SshCommandResult> { Name = PipelineName, TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<SshCommandResult>
            {
                ShouldHandle = new PredicateBuilder<SshCommandResult>().HandleResult(IsHeld),
                MaxRetryAttempts = options.PackageLockRetries,
                Delay = options.PackageLockDelay,
                BackoffType = DelayBackoffType.Constant,
            })
            .Build();
}

using Polly;
using Polly.Retry;

namespace HostPool.Providers.Tls;

/// <summary>
/// An exclusive advisory lock on a file (flock on Unix), held across processes and within one process,
/// so that concurrent commands create the home's CA exactly once. Waiting is a bounded, named retry pipeline.
/// </summary>
internal static class HomeFileLock
{
    public const string PipelineName = "hostpool-certificates-lock";

    public static ResiliencePipeline CreatePipeline(TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>(),
                MaxRetryAttempts = 600,
                Delay = TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Constant,
            })
            .Build();

    public static async Task<FileStream> AcquireAsync(string path, ResiliencePipeline pipeline, CancellationToken cancellationToken)
    {
        PrivateFile.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return await pipeline.ExecuteAsync(
                static (state, _) => ValueTask.FromResult(Open(state)),
                path,
                cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            throw new ConflictException(
                $"Another hostpool command holds '{path}' for too long. Wait for it to finish, or remove the file if no hostpool command runs.",
                exception);
        }
    }

    private static FileStream Open(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile.OwnerOnly;
        }

        return new FileStream(path, options);
    }
}

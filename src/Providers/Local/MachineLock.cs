using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HostPool.Providers.Local;

/// <summary>
/// The machine-wide lock every local-driver process takes while it changes shared state (the bridge, its
/// FORWARD rule, address leases): an exclusive flock on a file under /run/hostpool, which .NET takes
/// for <see cref="FileShare.None"/>. Waiting for it is the named pipeline <see cref="PipelineName"/>.
/// </summary>
internal sealed class MachineLock
{
    public const string PipelineName = "hostpool-local-lock";

    private readonly string _path;
    private readonly ResiliencePipeline _pipeline;

    public MachineLock(string path, TimeProvider timeProvider)
    {
        _path = path;
        _pipeline = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = timeProvider }
            .AddTimeout(TimeSpan.FromSeconds(60))
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>(),
                MaxRetryAttempts = int.MaxValue,
                Delay = TimeSpan.FromMilliseconds(10),
                BackoffType = DelayBackoffType.Constant,
                UseJitter = true,
            })
            .Build();
    }

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        try
        {
            return await _pipeline.ExecuteAsync(
                _ => ValueTask.FromResult<IDisposable>(new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)),
                cancellationToken);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new ConflictException(
                $"Another hostpool process has held {_path} for over a minute. Wait for it to finish, or end it if it hangs, then try again.",
                timeout);
        }
    }
}

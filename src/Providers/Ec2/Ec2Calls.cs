using HostPool.Providers.Drivers;
using Amazon.EC2;
using Amazon.Runtime;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Ec2;

/// <summary>
/// Every EC2 call of one connection, through the named retry pipeline "hostpool-ec2-call": throttling
/// (RequestLimitExceeded), 5xx and network errors are retried with exponential backoff and jitter; capacity
/// errors a few times only; the rest fail at once. A final failure becomes a HostPoolException that says what to change.
/// </summary>
internal sealed class Ec2Calls
{
    public const string PipelineName = "hostpool-ec2-call";

    private readonly ResiliencePipeline _pipeline;

    public Ec2Calls(IAmazonEC2 client, Ec2Connection connection, Ec2DriverOptions options, TimeProvider time)
    {
        Client = client;
        Connection = connection;
        _pipeline = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                Name = PipelineName,
                MaxRetryAttempts = Math.Max(options.MaxRetries, options.CapacityRetries),
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Randomizer = RetryJitter.Randomizer(options.JitterSeed),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } exception
                    && (Ec2ErrorCodes.IsCapacity(exception)
                        ? args.AttemptNumber < options.CapacityRetries
                        : Ec2ErrorCodes.IsTransient(exception) && args.AttemptNumber < options.MaxRetries)),
            })
            .Build();
    }

    public IAmazonEC2 Client { get; }

    public Ec2Connection Connection { get; }

    /// <summary>Runs <paramref name="call"/> (named <paramref name="action"/> in errors) with retries; maps a final EC2 error.</summary>
    public async Task<T> RunAsync<T>(string action, Func<IAmazonEC2, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await call(Client, token), cancellationToken);
        }
        catch (AmazonServiceException error)
        {
            throw Ec2ErrorMap.Map(error, action, Connection);
        }
        catch (AmazonClientException error)
        {
            throw new ProviderException($"{action} on {Connection} failed: {error.Message} Check --{Ec2Flags.Endpoint}, the network and the credentials.", error);
        }
        catch (HttpRequestException error)
        {
            throw new ProviderException($"{action} on {Connection} could not reach EC2: {error.Message} Check --{Ec2Flags.Endpoint} and the network, then try again.", error);
        }
    }

    /// <summary>Like <see cref="RunAsync{T}"/>, but an error meaning "already gone" returns null instead of failing.</summary>
    public async Task<T?> RunOrMissingAsync<T>(string action, Func<IAmazonEC2, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await call(Client, token), cancellationToken);
        }
        catch (AmazonServiceException error) when (Ec2ErrorCodes.IsNotFound(error))
        {
            return null;
        }
        catch (AmazonServiceException error)
        {
            throw Ec2ErrorMap.Map(error, action, Connection);
        }
    }
}

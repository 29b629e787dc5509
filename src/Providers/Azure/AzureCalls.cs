using HostPool.Providers.Drivers;
using Azure;
using Azure.Identity;
using Azure.ResourceManager;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Azure;

/// <summary>
/// Every Azure call of one connection, through the named retry pipeline "hostpool-azure-call": throttling (429, waiting
/// at least Retry-After), 5xx, network errors and resources still in use by an operation in progress are retried with
/// exponential backoff and jitter; the rest fail at once. A long-running operation is started and followed (through
/// Azure-AsyncOperation or Location, as the SDK does) inside one attempt, which is safe because ARM's PUT and DELETE
/// are idempotent. A final failure becomes a HostPoolException that says what to change.
/// </summary>
internal sealed class AzureCalls
{
    public const string PipelineName = "hostpool-azure-call";

    private readonly ResiliencePipeline _pipeline;

    public AzureCalls(ArmClient client, AzureConnection connection, AzureDriverOptions options, TimeProvider time)
    {
        Client = client;
        Connection = connection;
        Options = options;
        _pipeline = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                Name = PipelineName,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Randomizer = RetryJitter.Randomizer(options.JitterSeed),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } exception && AzureErrorCodes.IsTransient(exception)),
                DelayGenerator = args => ValueTask.FromResult(AzureErrorCodes.RetryAfter(args.Outcome.Exception, time.GetUtcNow()) is { } wait
                    ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(wait.Ticks, options.MaxRetryDelay.Ticks))
                    : null),
            })
            .Build();
    }

    public ArmClient Client { get; }

    public AzureConnection Connection { get; }

    public AzureDriverOptions Options { get; }

    /// <summary>Runs <paramref name="call"/> (named <paramref name="action"/> in errors) with retries; maps a final Azure error.</summary>
    public async Task<T> RunAsync<T>(string action, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
        }
        catch (RequestFailedException error)
        {
            throw AzureErrorMap.Map(error, action, Connection);
        }
        catch (AuthenticationFailedException error)
        {
            throw AzureErrorMap.Map(error, action, Connection);
        }
        catch (HttpRequestException error)
        {
            throw new ProviderException($"{action} on {Connection} could not reach Azure: {error.Message} Check --{AzureFlags.ArmEndpoint}, --{AzureFlags.CaCert} and the network, then try again.", error);
        }
    }

    /// <summary>Like <see cref="RunAsync{T}"/>, but "not found" returns default instead of failing.</summary>
    public Task<T?> RunOrMissingAsync<T>(string action, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RunAsync<T?>(action, async token =>
        {
            try
            {
                return await call(token);
            }
            catch (RequestFailedException error) when (AzureErrorCodes.IsNotFound(error))
            {
                return default;
            }
        }, cancellationToken);

    /// <summary>Starts a long-running operation and follows it to its end, polling every <see cref="AzureDriverOptions.PollInterval"/>.</summary>
    public Task<T> OperationAsync<T>(string action, Func<CancellationToken, Task<ArmOperation<T>>> start, CancellationToken cancellationToken) =>
        RunAsync(action, async token =>
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
            limit.CancelAfter(Options.OperationTimeout);
            try
            {
                var operation = await start(limit.Token);
                return (await operation.WaitForCompletionAsync(Options.PollInterval, limit.Token)).Value;
            }
            catch (OperationCanceledException error) when (!token.IsCancellationRequested)
            {
                throw TimedOut(action, error);
            }
        }, cancellationToken);

    /// <summary>A long-running operation without a result (delete, start, stop); a resource already gone counts as done.</summary>
    public Task<bool> OperationOrMissingAsync(string action, Func<CancellationToken, Task<ArmOperation>> start, CancellationToken cancellationToken) =>
        RunAsync(action, async token =>
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
            limit.CancelAfter(Options.OperationTimeout);
            try
            {
                var operation = await start(limit.Token);
                await operation.WaitForCompletionResponseAsync(Options.PollInterval, limit.Token);
                return true;
            }
            catch (RequestFailedException error) when (AzureErrorCodes.IsNotFound(error) || error.Status == 204)
            {
                // 204 No Content: ARM's answer to a DELETE of what is not there, which some typed clients do not expect.
                return false;
            }
            catch (OperationCanceledException error) when (!token.IsCancellationRequested)
            {
                throw TimedOut(action, error);
            }
        }, cancellationToken);

    private ProviderException TimedOut(string action, Exception error) =>
        new($"{action} on {Connection} did not finish within {Options.OperationTimeout.TotalMinutes:0.#} minutes. Check the resource in the Azure portal (Activity log), then retry or remove the host.", error);
}

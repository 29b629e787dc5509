using HostPool.Providers.DigitalOcean.Api;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// Polls through the named pipeline "hostpool-digitalocean-wait" (constant interval, bounded attempts): an action until
/// it is completed (errored fails at once, with the action's type), a deleted droplet until the API no longer knows it.
/// </summary>
internal sealed class DigitalOceanWaits(DigitalOceanDriverOptions options, TimeProvider time)
{
    public const string PipelineName = "hostpool-digitalocean-wait";

    public async Task<DoAction> ActionAsync(DoApi api, long actionId, string what, CancellationToken cancellationToken)
    {
        var action = await PollAsync(
            async token =>
            {
                var current = await api.GetOrMissingAsync<DoAction>("actions_get", $"v2/actions/{actionId}", "action", token);
                return current?.Status switch
                {
                    DoAction.Completed => (true, current),
                    DoAction.Errored => throw new ProviderException(
                        $"DigitalOcean reports action {actionId} ({current.Type}) for {what} as errored. Check the droplet in the control panel; remove the host and create it again, perhaps in another region."),
                    _ => (false, current),
                };
            },
            cancellationToken);
        return action ?? throw new ProviderException($"Action {actionId} for {what} did not complete within {Describe()}; check it in the control panel, then retry.");
    }

    /// <summary>Waits until the droplet is active (it is "new" while being made); another status or its absence fails at once.</summary>
    public async Task<DoDroplet> DropletActiveAsync(DoApi api, long dropletId, CancellationToken cancellationToken)
    {
        var droplet = await PollAsync(
            async token =>
            {
                var current = await api.GetOrMissingAsync<DoDroplet>("droplets_get", $"v2/droplets/{dropletId}", "droplet", token);
                return current?.Status switch
                {
                    "active" => (true, current),
                    "new" => (false, current),
                    _ => throw new ProviderException(
                        $"Droplet {dropletId} is {current?.Status ?? "gone"} instead of becoming active; check it in the control panel, then remove the host and create it again."),
                };
            },
            cancellationToken);
        return droplet ?? throw new ProviderException($"Droplet {dropletId} was not active within {Describe()}; check it in the control panel, then retry.");
    }

    /// <summary>Waits until GET /v2/droplets/{id} answers 404 (a deleted droplet lingers for a moment).</summary>
    public async Task DropletGoneAsync(DoApi api, long dropletId, CancellationToken cancellationToken)
    {
        var gone = await PollAsync(
            async token => await api.GetOrMissingAsync<DoDroplet>("droplets_get", $"v2/droplets/{dropletId}", "droplet", token) is null
                ? (true, "gone")
                : (false, (string?)null),
            cancellationToken);
        if (gone is null)
        {
            throw new ProviderException($"Droplet {dropletId} was still there {Describe()} after it was deleted; run 'hostpool rm' again shortly.");
        }
    }

    private async Task<T?> PollAsync<T>(Func<CancellationToken, Task<(bool Done, T? Value)>> poll, CancellationToken cancellationToken)
        where T : class
    {
        var pipeline = new ResiliencePipelineBuilder<(bool Done, T? Value)> { Name = PipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<(bool Done, T? Value)>
            {
                Name = PipelineName,
                MaxRetryAttempts = Math.Max(0, options.WaitAttempts - 1),
                Delay = options.WaitInterval,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && !args.Outcome.Result.Done),
            })
            .Build();
        var result = await pipeline.ExecuteAsync(async token => await poll(token), cancellationToken);
        return result.Done ? result.Value : null;
    }

    private string Describe() => $"{options.WaitAttempts} checks {options.WaitInterval.TotalSeconds:0.#} s apart";
}

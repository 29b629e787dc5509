using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Provisioning;

/// <summary>Waits, with a bounded named pipeline, until the engine answers /_ping and /info over mutual TLS.</summary>
internal sealed class EngineReadiness(IEngineProbe probe, ProvisioningOptions options, TimeProvider timeProvider)
{
    public const string PipelineName = "hostpool-engine-ready";

    private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = timeProvider }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = arguments => ValueTask.FromResult(
                arguments.Outcome.Exception is { } exception
                && exception is not HostPoolException
                && !arguments.Context.CancellationToken.IsCancellationRequested),
            MaxRetryAttempts = options.EngineReadyRetries,
            Delay = options.EngineReadyDelay,
            BackoffType = DelayBackoffType.Constant,
        })
        .AddTimeout(options.EngineProbeTimeout)
        .Build();

    public async Task<EngineFacts> WaitAsync(HostRecord host, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, token) => await state.probe.ProbeAsync(state.host, token).ConfigureAwait(false),
                (probe, host),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not HostPoolException && !cancellationToken.IsCancellationRequested)
        {
            throw new ProviderException(
                $"The engine on host '{host.Name}' did not answer over mutual TLS at https://{host.PublicAddress}:{host.Engine.Port} after {options.EngineReadyRetries + 1} tries ({exception.GetBaseException().Message}). " +
                $"Check that TCP port {host.Engine.Port} is open to this machine (firewall, security group) and read the engine's log on the host (journalctl -u docker, or {EngineLayout.Standard.DockerdLogFile}).",
                exception);
        }
    }
}

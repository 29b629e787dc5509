using HostPool.Integration.Tests.Support;
using HostPool.Providers;
using HostPool.Providers.Provisioning;

namespace HostPool.Integration.Tests.Cli;

/// <summary>
/// Runs the real provisioner until it reports <paramref name="failAtStep"/>, then fails there, as an engine
/// that will not configure would. Remembers the processes living in the host at that moment.
/// </summary>
internal sealed class FailingProvisioner(IProvisioner inner, HostPoolHome home, string failAtStep) : IProvisioner
{
    public IReadOnlyList<int> ProcessesAtFailure { get; private set; } = [];

    public async Task<ProvisionResult> ProvisionAsync(ProvisionRequest request, IProgress<string> progress, CancellationToken cancellationToken)
    {
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = new StepWatcher(progress, failAtStep, failure);
        try
        {
            return await inner.ProvisionAsync(request, watcher, failure.Token);
        }
        catch (OperationCanceledException) when (watcher.Reached && !cancellationToken.IsCancellationRequested)
        {
            ProcessesAtFailure = LeftoverCheck.ProcessesOf(home, request.Host.Name);
            throw new ProviderException($"injected failure at '{failAtStep}'");
        }
    }

    private sealed class StepWatcher(IProgress<string> progress, string step, CancellationTokenSource failure) : IProgress<string>
    {
        public bool Reached { get; private set; }

        public void Report(string value)
        {
            progress.Report(value);
            if (value == step)
            {
                Reached = true;
                failure.Cancel();
            }
        }
    }
}

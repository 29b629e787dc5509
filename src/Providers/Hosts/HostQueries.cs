using HostPool.Providers.Drivers;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

internal sealed class HostQueries(IHostStore store, IDriverRegistry drivers, IEngineClientFactory engines) : IHostQueries
{
    public async Task<HostRecord> GetAsync(string name, CancellationToken cancellationToken) =>
        await store.FindAsync(name, cancellationToken) ?? throw HostNotFound.For(name);

    public Task<IReadOnlyList<HostRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task<IReadOnlyList<HostLiveStatus>> GetLiveStatusAsync(
        IReadOnlyList<HostRecord> hosts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var statuses = await Task.WhenAll(hosts.Select(host => AskAsync(host, timeout, cancellationToken)));
        return statuses;
    }

    private async Task<HostLiveStatus> AskAsync(HostRecord host, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (host.State is HostState.Creating or HostState.Removing or HostState.Error)
        {
            return new HostLiveStatus(host, MachineState.Unknown, null, host.LastError);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var machine = await AskDriverAsync(host, timeout, deadline.Token, cancellationToken);
        if (machine.State is not MachineState.Running)
        {
            return new HostLiveStatus(host, machine.State, null, machine.Detail);
        }

        try
        {
            using var engine = engines.Create(host);
            var version = await engine.System.GetVersionAsync(deadline.Token);
            return new HostLiveStatus(host, MachineState.Running, version.Version, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HostLiveStatus(host, MachineState.Running, null, $"engine: no answer within {timeout.TotalSeconds:0}s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new HostLiveStatus(host, MachineState.Running, null, $"engine: {exception.Message}");
        }
    }

    private async Task<MachineStatus> AskDriverAsync(HostRecord host, TimeSpan timeout, CancellationToken deadline, CancellationToken cancellationToken)
    {
        try
        {
            return await drivers.Get(host.Driver).GetStatusAsync(host, deadline);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new MachineStatus(MachineState.Unknown, Detail: $"{host.Driver}: no answer within {timeout.TotalSeconds:0}s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new MachineStatus(MachineState.Error, Detail: $"{host.Driver}: {exception.Message}");
        }
    }
}

using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

internal sealed class HostRemover(IDriverRegistry drivers, IHostStore store, HostPoolHome home, RollbackOptions rollback, PoolClusterPorts clusterPorts) : IHostRemover
{
    public async Task<IReadOnlyList<string>> RemoveAsync(string name, bool force, CancellationToken cancellationToken)
    {
        var host = await store.FindAsync(name, cancellationToken) ?? throw HostNotFound.For(name);
        var warnings = new List<string>();
        host = await store.UpdateAsync(name, h => h with { State = HostState.Removing }, CancellationToken.None);
        try
        {
            await drivers.Get(host.Driver).RemoveAsync(host, cancellationToken);
        }
        catch (Exception exception) when (force && exception is not OperationCanceledException)
        {
            warnings.Add(
                $"The {host.Driver} provider could not remove '{name}' ({exception.Message}); it was forgotten anyway. " +
                $"Check the provider for what may be left: {Describe(host.Resources)}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await store.UpdateAsync(name, h => h with { State = HostState.Error, LastError = exception.Message }, CancellationToken.None);
            throw new ProviderException(
                $"Removing host '{name}' failed: {exception.Message} Run 'hostpool rm {name}' again once the provider is reachable, " +
                $"or 'hostpool rm -f {name}' to forget it (resources may be left at the provider).",
                exception);
        }

        DeleteFolder(name);
        await store.DeleteAsync(name, CancellationToken.None);
        await CloseClusterPortsAsync(host, warnings, cancellationToken);
        return warnings;
    }

    /// <summary>
    /// Rolls back a failed create: removes what the journal holds, even after cancellation (bounded by
    /// <see cref="RollbackOptions.Timeout"/>). Returns null when everything is gone, else what went wrong,
    /// after marking the host Error so nothing is forgotten.
    /// </summary>
    public async Task<string?> RollBackAsync(string name, string failedStep, Exception cause)
    {
        using var timeout = new CancellationTokenSource(rollback.Timeout);
        try
        {
            var host = await store.FindAsync(name, timeout.Token);
            if (host is not null)
            {
                await drivers.Get(host.Driver).RemoveAsync(host, timeout.Token);
            }

            DeleteFolder(name);
            await store.DeleteAsync(name, timeout.Token);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await store.UpdateAsync(
                name,
                h => h with { State = HostState.Error, FailedStep = failedStep, LastError = $"{cause.Message} (rollback: {exception.Message})" },
                CancellationToken.None);
            return exception.Message;
        }
    }

    /// <summary>The pool's other hosts stop accepting cluster traffic from the removed host's address.</summary>
    private async Task CloseClusterPortsAsync(HostRecord removed, List<string> warnings, CancellationToken cancellationToken)
    {
        try
        {
            await clusterPorts.RefreshAsync(removed.Pool, cancellationToken);
        }
        catch (HostPoolException exception)
        {
            warnings.Add($"'{removed.Name}' is removed, but the pool {removed.Pool} still lets its old address reach the cluster ports: {exception.Message}");
        }
    }

    private void DeleteFolder(string name)
    {
        var folder = home.MachineDirectory(name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(IReadOnlyList<ResourceRef> resources) =>
        resources.Count == 0 ? "nothing was journaled" : string.Join(", ", resources.Select(r => $"{r.Kind} {r.Id}"));
}

using Docker.DotNet;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;

namespace HostPool.Pool.Deploy;

/// <summary>One engine client per host for the length of a deploy, and a bound on how many replica operations run on a host at once.</summary>
internal sealed class EngineSet(IEngineClientFactory engines, int perHost) : IDisposable
{
    private readonly Dictionary<string, (IDockerClient Engine, SemaphoreSlim Slots)> _hosts = new(StringComparer.Ordinal);

    public IDockerClient For(HostRecord host) => Entry(host).Engine;

    /// <summary>Runs an operation on a host once one of its slots is free.</summary>
    public async Task<T> OnAsync<T>(HostRecord host, Func<IDockerClient, Task<T>> operation, CancellationToken cancellationToken)
    {
        var (engine, slots) = Entry(host);
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await operation(engine);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose()
    {
        foreach (var (engine, slots) in _hosts.Values)
        {
            engine.Dispose();
            slots.Dispose();
        }
    }

    private (IDockerClient Engine, SemaphoreSlim Slots) Entry(HostRecord host)
    {
        lock (_hosts)
        {
            if (!_hosts.TryGetValue(host.Name, out var entry))
            {
                entry = (engines.Create(host), new SemaphoreSlim(perHost));
                _hosts[host.Name] = entry;
            }

            return entry;
        }
    }
}

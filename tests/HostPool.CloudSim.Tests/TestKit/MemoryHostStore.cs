using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>A host store in memory for driver and gc tests.</summary>
internal sealed class MemoryHostStore : IHostStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HostRecord> _hosts = new(StringComparer.Ordinal);

    public Task<HostRecord?> FindAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_hosts.GetValueOrDefault(name));
        }
    }

    public Task<IReadOnlyList<HostRecord>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HostRecord>>([.. _hosts.Values]);
        }
    }

    public Task AddAsync(HostRecord host, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_hosts.TryAdd(host.Name, host))
            {
                throw new ConflictException($"Host '{host.Name}' exists.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<HostRecord> UpdateAsync(string name, Func<HostRecord, HostRecord> change, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var updated = change(_hosts[name]);
            _hosts[name] = updated;
            return Task.FromResult(updated);
        }
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _hosts.Remove(name);
        }

        return Task.CompletedTask;
    }
}

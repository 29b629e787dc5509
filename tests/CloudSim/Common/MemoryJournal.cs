using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Common;

/// <summary>The journal of one backend machine, kept in memory: what the local driver needs to remove it again.</summary>
internal sealed class MemoryJournal(string name) : IResourceJournal
{
    private readonly Lock _gate = new();
    private readonly List<ResourceRef> _resources = [];
    private readonly Dictionary<string, string> _data = new(StringComparer.Ordinal);

    public Task RecordAsync(ResourceRef resource, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _resources.Add(resource);
        }

        return Task.CompletedTask;
    }

    public Task SetProviderDataAsync(string key, string value, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _data[key] = value;
        }

        return Task.CompletedTask;
    }

    /// <summary>The record the local driver removes, starts and stops from.</summary>
    public HostRecord Record(MachineHandle? handle)
    {
        lock (_gate)
        {
            return new HostRecord
            {
                Name = name,
                Pool = "cloudsim",
                Driver = "local",
                State = HostState.Running,
                Ssh = handle?.Ssh,
                PublicAddress = handle?.PublicAddress,
                PrivateAddress = handle?.PrivateAddress,
                ProviderId = handle?.ProviderId,
                Resources = [.. _resources],
                ProviderData = new Dictionary<string, string>(_data, StringComparer.Ordinal),
            };
        }
    }
}

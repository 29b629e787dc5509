using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>Journals into a store record, as the host creator does; <see cref="Frozen"/> stops writing, as a killed process would.</summary>
internal sealed class StoreJournal(IHostStore store, string name) : IResourceJournal
{
    public bool Frozen { get; set; }

    public async Task RecordAsync(ResourceRef resource, CancellationToken cancellationToken)
    {
        if (!Frozen)
        {
            await store.UpdateAsync(name, h => h with { Resources = [.. h.Resources, resource] }, CancellationToken.None);
        }
    }

    public async Task SetProviderDataAsync(string key, string value, CancellationToken cancellationToken)
    {
        if (!Frozen)
        {
            await store.UpdateAsync(name, h => h with { ProviderData = new Dictionary<string, string>(h.ProviderData) { [key] = value } }, CancellationToken.None);
        }
    }
}

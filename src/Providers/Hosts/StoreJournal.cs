using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

/// <summary>A resource journal that writes each resource to the host's record in the store at once.</summary>
internal sealed class StoreJournal(IHostStore store, string hostName) : IResourceJournal
{
    public Task RecordAsync(ResourceRef resource, CancellationToken cancellationToken) =>
        store.UpdateAsync(hostName, host => host with { Resources = [.. host.Resources, resource] }, CancellationToken.None);

    public Task SetProviderDataAsync(string key, string value, CancellationToken cancellationToken) =>
        store.UpdateAsync(
            hostName,
            host => host with { ProviderData = new Dictionary<string, string>(host.ProviderData) { [key] = value } },
            CancellationToken.None);
}

using HostPool.Providers.Model;

namespace HostPool.Providers.Azure;

/// <summary>
/// Removes a host's Azure resources: the VM (waited for), its OS disk, network interface and public IP, then the
/// pool's virtual network and security group when no other host of the pool has a network interface in the group,
/// and the resource group when hostpool made it and it is empty. Anything already gone counts as removed, so this is
/// rollback, `rm`, and safe to repeat; resources still held by a deletion in progress are retried.
/// </summary>
internal sealed class AzureRemoval(AzureServices services)
{
    public async Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.Resources.Count == 0)
        {
            return;
        }

        var calls = services.Connect(AzureOptions.Of(host).Connection);
        var byKind = host.Resources.ToLookup(r => r.Kind, StringComparer.Ordinal);
        var poolChecked = false;
        var poolInUse = false;
        foreach (var kind in AzureResourceKinds.RemovalOrder)
        {
            foreach (var resource in byKind[kind].DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase))
            {
                if (resource.Attributes.GetValueOrDefault(AzureResourceKinds.ScopeAttribute) != AzureResourceKinds.PoolScope)
                {
                    await AzureResources.DeleteAsync(calls, resource.Id, cancellationToken);
                    continue;
                }

                var groupId = GroupOf(resource.Id);
                if (!poolChecked)
                {
                    poolInUse = await AzurePool.InUseAsync(calls, groupId, host.Pool, cancellationToken);
                    poolChecked = true;
                }

                if (poolInUse)
                {
                    continue;
                }

                if (kind == AzureResourceKinds.ResourceGroup)
                {
                    await AzurePool.DeleteGroupIfOursAndEmptyAsync(calls, resource.Id, host.Pool, cancellationToken);
                }
                else
                {
                    await AzureResources.DeleteAsync(calls, resource.Id, cancellationToken);
                }
            }
        }
    }

    /// <summary>"/subscriptions/S/resourceGroups/G" of any resource id in that group (or of the group itself).</summary>
    public static string GroupOf(string id)
    {
        var parts = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 4 ? $"/{parts[0]}/{parts[1]}/{parts[2]}/{parts[3]}" : id;
    }
}

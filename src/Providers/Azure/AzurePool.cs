using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.Azure;

/// <summary>
/// The pool's resources in its resource group: the group itself (made and tagged when missing), one network security
/// group and one virtual network with the pool's subnet. Each is journaled before the PUT that makes it (ARM names are
/// chosen by the caller, so a lost answer leaves nothing unknown); PUT is idempotent, so every host ensures them.
/// They are deleted with the pool's last host: no other network interface of the pool left in the group.
/// </summary>
internal static class AzurePool
{
    public static async Task EnsureAsync(AzureCalls calls, AzureNames names, AzureOptions options, IResourceJournal journal, CancellationToken cancellationToken)
    {
        var group = await AzureResources.GetResourceGroupAsync(calls, names.ResourceGroupId, cancellationToken);
        await journal.RecordAsync(PoolRef(AzureResourceKinds.ResourceGroup, names.ResourceGroupId), cancellationToken);
        if (group is null)
        {
            await AzureResources.PutResourceGroupAsync(
                calls, names.ResourceGroup, options.Location, AzureTags.For(names.Pool, null, AzureTags.RoleResourceGroup, options.Tags), cancellationToken);
        }

        await journal.RecordAsync(PoolRef(AzureResourceKinds.SecurityGroup, names.SecurityGroupId), cancellationToken);
        await AzureResources.PutAsync(
            calls, names.SecurityGroupId, options.Location, AzureBodies.SecurityGroup(options.SourceCidr),
            AzureTags.For(names.Pool, null, AzureTags.RoleSecurityGroup, options.Tags), null, cancellationToken);

        await journal.RecordAsync(PoolRef(AzureResourceKinds.VirtualNetwork, names.VirtualNetworkId), cancellationToken);
        await AzureResources.PutAsync(
            calls, names.VirtualNetworkId, options.Location, AzureBodies.VirtualNetwork(names.SecurityGroupId),
            AzureTags.For(names.Pool, null, AzureTags.RoleVirtualNetwork, options.Tags), null, cancellationToken);
    }

    /// <summary>True when a network interface of the pool is still in the resource group (another host uses the pool's network).</summary>
    public static async Task<bool> InUseAsync(AzureCalls calls, string resourceGroupId, string pool, CancellationToken cancellationToken)
    {
        var resources = await AzureResources.ListAsync(calls, resourceGroupId, "resourceType eq 'Microsoft.Network/networkInterfaces'", cancellationToken);
        return resources.Any(r => r.Tags.TryGetValue(AzureTags.Pool, out var p) && p == pool);
    }

    /// <summary>Deletes the resource group when hostpool made it for this pool (its tags say so) and nothing is left in it.</summary>
    public static async Task<bool> DeleteGroupIfOursAndEmptyAsync(AzureCalls calls, string resourceGroupId, string pool, CancellationToken cancellationToken)
    {
        var group = await AzureResources.GetResourceGroupAsync(calls, resourceGroupId, cancellationToken);
        if (group is null)
        {
            return true;
        }

        if (!IsOurs(group.Tags, pool) || (await AzureResources.ListAsync(calls, resourceGroupId, null, cancellationToken)).Count > 0)
        {
            return false;
        }

        await AzureResources.DeleteAsync(calls, resourceGroupId, cancellationToken);
        return true;
    }

    public static bool IsOurs(IDictionary<string, string> tags, string pool) =>
        tags.TryGetValue(AzureTags.Pool, out var p) && p == pool && tags.TryGetValue(AzureTags.Role, out var role) && role == AzureTags.RoleResourceGroup;

    private static ResourceRef PoolRef(string kind, string id) => new(kind, id)
    {
        Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { [AzureResourceKinds.ScopeAttribute] = AzureResourceKinds.PoolScope },
    };
}

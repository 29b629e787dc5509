using Azure.Core;
using Azure.ResourceManager.Resources;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Azure;

internal sealed class AzureGarbageCollector(IHostStore store, AzureServices services) : IAzureGarbageCollector
{
    private const string TaggedFilter = "tagName eq 'hostpool:pool'";

    private static readonly Dictionary<string, string> KindOfType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Compute/virtualMachines"] = AzureResourceKinds.VirtualMachine,
        ["Microsoft.Compute/disks"] = AzureResourceKinds.OsDisk,
        ["Microsoft.Network/networkInterfaces"] = AzureResourceKinds.NetworkInterface,
        ["Microsoft.Network/publicIPAddresses"] = AzureResourceKinds.PublicIp,
        ["Microsoft.Network/virtualNetworks"] = AzureResourceKinds.VirtualNetwork,
        ["Microsoft.Network/networkSecurityGroups"] = AzureResourceKinds.SecurityGroup,
    };

    public AzureConnection Connection(Func<string, string?> option) => AzureOptions.ConnectionFrom(option);

    public async Task<IReadOnlyList<AzureOrphan>> FindAsync(AzureConnection connection, CancellationToken cancellationToken)
    {
        var calls = services.Connect(connection);
        var owned = (await store.ListAsync(cancellationToken))
            .Where(h => h.Driver == AzureDriver.DriverName && h.State is not HostState.Creating)
            .SelectMany(h => h.Resources.Select(r => r.Id))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var subscription = calls.Client.GetSubscriptionResource(SubscriptionResource.CreateResourceIdentifier(connection.SubscriptionId));

        var tagged = await calls.RunAsync("LIST resources", async token =>
        {
            var found = new List<GenericResourceData>();
            await foreach (var resource in subscription.GetGenericResourcesAsync(filter: TaggedFilter, cancellationToken: token))
            {
                found.Add(resource.Data);
            }

            return found;
        }, cancellationToken);
        var groups = await calls.RunAsync("LIST Microsoft.Resources/resourceGroups", async token =>
        {
            var found = new List<ResourceGroupData>();
            await foreach (var group in subscription.GetResourceGroups().GetAllAsync(filter: TaggedFilter, cancellationToken: token))
            {
                found.Add(group.Data);
            }

            return found;
        }, cancellationToken);

        var orphans = tagged
            .Where(r => KindOfType.ContainsKey(r.ResourceType.ToString()) && !owned.Contains(r.Id.ToString()))
            .Select(r => new AzureOrphan(KindOfType[r.ResourceType.ToString()], r.Id.ToString(), AzureTags.Value(r.Tags, AzureTags.Pool) ?? "", AzureTags.Value(r.Tags, AzureTags.Host), r.Name))
            .ToList();

        // OS disks carry no tags (Azure does not copy the VM's); they are found by hostpool's name in the groups it uses.
        var groupIds = tagged.Select(r => AzureRemoval.GroupOf(r.Id.ToString())).Concat(groups.Select(g => g.Id.ToString())).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var groupId in groupIds)
        {
            var disks = await AzureResources.ListAsync(calls, groupId, "resourceType eq 'Microsoft.Compute/disks'", cancellationToken);
            orphans.AddRange(disks
                .Where(d => d.Name.StartsWith("hp-", StringComparison.Ordinal) && d.Name.EndsWith(AzureNames.OsDiskSuffix, StringComparison.Ordinal))
                .Where(d => !owned.Contains(d.Id.ToString()) && orphans.All(o => !o.Id.Equals(d.Id.ToString(), StringComparison.OrdinalIgnoreCase)))
                .Select(d => new AzureOrphan(AzureResourceKinds.OsDisk, d.Id.ToString(), PoolOfGroup(groups, groupId, tagged), null, d.Name)));
        }

        orphans.AddRange(groups
            .Where(g => !owned.Contains(g.Id.ToString()) && AzureTags.Value(g.Tags, AzureTags.Role) == AzureTags.RoleResourceGroup)
            .Select(g => new AzureOrphan(AzureResourceKinds.ResourceGroup, g.Id.ToString(), AzureTags.Value(g.Tags, AzureTags.Pool) ?? "", null, g.Name)));
        return orphans;
    }

    public async Task<AzureGcResult> DeleteAsync(AzureConnection connection, IReadOnlyList<AzureOrphan> orphans, CancellationToken cancellationToken)
    {
        var calls = services.Connect(connection);
        var deleted = new List<AzureOrphan>();
        var kept = new List<(AzureOrphan, string)>();
        foreach (var kind in AzureResourceKinds.RemovalOrder)
        {
            foreach (var orphan in orphans.Where(o => o.Kind == kind))
            {
                try
                {
                    var gone = kind == AzureResourceKinds.ResourceGroup
                        ? await AzurePool.DeleteGroupIfOursAndEmptyAsync(calls, orphan.Id, orphan.Pool, cancellationToken)
                        : await AzureResources.DeleteAsync(calls, orphan.Id, cancellationToken) || true;
                    if (gone)
                    {
                        deleted.Add(orphan);
                    }
                    else
                    {
                        kept.Add((orphan, "it holds resources hostpool did not make, or that a host still uses"));
                    }
                }
                catch (HostPoolException error)
                {
                    kept.Add((orphan, error.Message));
                }
            }
        }

        return new AzureGcResult(deleted, kept);
    }

    private static string PoolOfGroup(List<ResourceGroupData> groups, string groupId, List<GenericResourceData> tagged) =>
        AzureTags.Value(groups.FirstOrDefault(g => g.Id.ToString().Equals(groupId, StringComparison.OrdinalIgnoreCase))?.Tags, AzureTags.Pool)
        ?? AzureTags.Value(tagged.FirstOrDefault(r => AzureRemoval.GroupOf(r.Id.ToString()).Equals(groupId, StringComparison.OrdinalIgnoreCase))?.Tags, AzureTags.Pool)
        ?? "";
}

using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Resources;
using Azure.ResourceManager.Resources.Models;

namespace HostPool.Providers.Azure;

/// <summary>The ARM calls the driver makes, each through <see cref="AzureCalls"/>: generic network resources, resource groups, VMs and disks.</summary>
internal static class AzureResources
{
    public static Task<GenericResource> PutAsync(
        AzureCalls calls, string id, string location, JsonObject properties, IReadOnlyDictionary<string, string> tags, string? sku, CancellationToken cancellationToken)
    {
        var data = new GenericResourceData(new AzureLocation(location)) { Properties = BinaryData.FromString(properties.ToJsonString()) };
        if (sku is not null)
        {
            data.Sku = new ResourcesSku { Name = sku };
        }

        foreach (var (key, value) in tags)
        {
            data.Tags[key] = value;
        }

        return calls.OperationAsync(
            $"PUT {TypeOf(id)}", token => calls.Client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Started, new ResourceIdentifier(id), data, token), cancellationToken);
    }

    public static async Task<GenericResourceData?> GetAsync(AzureCalls calls, string id, CancellationToken cancellationToken)
    {
        var response = await calls.RunOrMissingAsync(
            $"GET {TypeOf(id)}", async token => await calls.Client.GetGenericResource(new ResourceIdentifier(id)).GetAsync(token), cancellationToken);
        return response?.Value.Data;
    }

    /// <summary>Deletes any resource by id (VMs and disks through the typed Compute client); not-found is success.</summary>
    public static Task<bool> DeleteAsync(AzureCalls calls, string id, CancellationToken cancellationToken)
    {
        var resourceId = new ResourceIdentifier(id);
        var type = TypeOf(id);
        Func<CancellationToken, Task<ArmOperation>> start = type switch
        {
            "Microsoft.Compute/virtualMachines" => async token => await calls.Client.GetVirtualMachineResource(resourceId).DeleteAsync(WaitUntil.Started, null, token),
            "Microsoft.Compute/disks" => async token => await calls.Client.GetManagedDiskResource(resourceId).DeleteAsync(WaitUntil.Started, token),
            "Microsoft.Resources/resourceGroups" => async token => await calls.Client.GetResourceGroupResource(resourceId).DeleteAsync(WaitUntil.Started, null, token),
            _ => async token => await calls.Client.GetGenericResource(resourceId).DeleteAsync(WaitUntil.Started, token),
        };
        return calls.OperationOrMissingAsync($"DELETE {type}", start, cancellationToken);
    }

    public static async Task<ResourceGroupData?> GetResourceGroupAsync(AzureCalls calls, string id, CancellationToken cancellationToken)
    {
        var response = await calls.RunOrMissingAsync(
            "GET Microsoft.Resources/resourceGroups", async token => await calls.Client.GetResourceGroupResource(new ResourceIdentifier(id)).GetAsync(token), cancellationToken);
        return response?.Value.Data;
    }

    public static Task<ResourceGroupResource> PutResourceGroupAsync(
        AzureCalls calls, string name, string location, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var data = new ResourceGroupData(new AzureLocation(location));
        foreach (var (key, value) in tags)
        {
            data.Tags[key] = value;
        }

        return calls.OperationAsync(
            "PUT Microsoft.Resources/resourceGroups",
            token => calls.Client.GetSubscriptionResource(SubscriptionResource.CreateResourceIdentifier(calls.Connection.SubscriptionId)).GetResourceGroups().CreateOrUpdateAsync(WaitUntil.Started, name, data, token),
            cancellationToken);
    }

    /// <summary>The resources in a resource group (with tags), optionally filtered as ARM's $filter does; empty when the group is gone.</summary>
    public static async Task<IReadOnlyList<GenericResourceData>> ListAsync(AzureCalls calls, string resourceGroupId, string? filter, CancellationToken cancellationToken)
    {
        var list = await calls.RunOrMissingAsync("LIST resources", async token =>
        {
            var found = new List<GenericResourceData>();
            await foreach (var resource in calls.Client.GetResourceGroupResource(new ResourceIdentifier(resourceGroupId)).GetGenericResourcesAsync(filter: filter, cancellationToken: token))
            {
                found.Add(resource.Data);
            }

            return found;
        }, cancellationToken);
        return list ?? [];
    }

    /// <summary>"Microsoft.Network/networkInterfaces" for a resource id, "Microsoft.Resources/resourceGroups" for a group's id.</summary>
    public static string TypeOf(string id)
    {
        var resourceId = new ResourceIdentifier(id);
        return resourceId.ResourceType.ToString();
    }
}

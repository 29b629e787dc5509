using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// GET /subscriptions/{id}/providers/{namespace}, in the shape of the Providers_Get example: the resource types with
/// their api-versions, newest first (Azure.ResourceManager's GenericResource takes the first when none is set).
/// </summary>
internal static class ProviderCatalog
{
    private static readonly Dictionary<string, string[]> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Network"] = ["virtualNetworks", "virtualNetworks/subnets", "networkSecurityGroups", "publicIPAddresses", "networkInterfaces"],
        ["Microsoft.Compute"] = ["virtualMachines", "disks"],
    };

    private static readonly Dictionary<string, string[]> Versions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Network"] = ["2023-05-01", "2023-04-01", "2022-09-01"],
        ["Microsoft.Compute"] = ["2023-07-01", "2023-03-01", "2022-11-01"],
    };

    public static SimResponse Get(string subscriptionId, string providerNamespace, IReadOnlyList<string> locations)
    {
        if (!Types.TryGetValue(providerNamespace, out var types))
        {
            return ArmErrors.Error("InvalidResourceNamespace", $"The resource namespace '{providerNamespace}' is invalid.") with { Status = 404 };
        }

        var name = Types.Keys.First(k => k.Equals(providerNamespace, StringComparison.OrdinalIgnoreCase));
        return SimResponse.Json(200, new JsonObject
        {
            ["id"] = $"/subscriptions/{subscriptionId}/providers/{name}",
            ["namespace"] = name,
            ["registrationState"] = "Registered",
            ["resourceTypes"] = new JsonArray([.. types.Select(t => (JsonNode)new JsonObject
            {
                ["resourceType"] = t,
                ["locations"] = new JsonArray([.. locations.Select(l => (JsonNode)l)]),
                ["apiVersions"] = new JsonArray([.. Versions[name].Select(v => (JsonNode)v)]),
            })]),
        });
    }
}

using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>A resource group of the simulator's subscription.</summary>
internal sealed record SimResourceGroup(string Id, string Name, string Location, IReadOnlyDictionary<string, string> Tags)
{
    public string ProvisioningState { get; set; } = "Succeeded";

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["type"] = "Microsoft.Resources/resourceGroups",
        ["location"] = Location,
        ["tags"] = new JsonObject(Tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))),
        ["properties"] = new JsonObject { ["provisioningState"] = ProvisioningState },
    };
}

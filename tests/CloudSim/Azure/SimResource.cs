using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Azure;

/// <summary>One ARM resource the simulator holds (a network resource, a VM, a disk). Changed only under the cloud's lock.</summary>
internal sealed class SimResource
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public required string Group { get; init; }

    public required string Location { get; init; }

    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);

    public JsonObject Properties { get; set; } = [];

    public JsonNode? Sku { get; set; }

    public JsonNode? Zones { get; set; }

    public string ProvisioningState { get; set; } = "Succeeded";

    /// <summary>A VM's power state ("starting", "running", "stopped", "deallocated", ...).</summary>
    public string? PowerState { get; set; }

    /// <summary>The machine behind a VM while it is allocated.</summary>
    public SimMachine? Machine { get; set; }

    /// <summary>A VM's operation in progress; another mutating call meanwhile gets AnotherOperationInProgress.</summary>
    public bool Busy { get; set; }

    /// <summary>A static public IP's address once allocated (kept across deallocation).</summary>
    public string? StaticAddress { get; set; }

    /// <summary>For the leak report only: the tags of the VM a disk was made for (Azure does not copy them to the disk).</summary>
    public Dictionary<string, string> ReportTags { get; set; } = new(StringComparer.Ordinal);

    public JsonObject ToJson()
    {
        var properties = (JsonObject)Properties.DeepClone();
        properties["provisioningState"] = ProvisioningState;
        var json = new JsonObject
        {
            ["id"] = Id,
            ["name"] = Name,
            ["type"] = Type,
            ["location"] = Location,
            ["tags"] = Tags.Count == 0 ? new JsonObject() : new JsonObject(Tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))),
            ["properties"] = properties,
        };
        if (Sku is not null)
        {
            json["sku"] = Sku.DeepClone();
        }

        if (Zones is not null)
        {
            json["zones"] = Zones.DeepClone();
        }

        return json;
    }
}

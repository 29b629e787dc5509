using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// Resource groups (PUT answers 201/200 synchronously, DELETE 202 and removes what the group holds) and the list
/// calls with the $filter forms the driver uses: tagName eq 'K' [and tagValue eq 'V'], resourceType eq 'T'.
/// </summary>
internal sealed partial class GroupActions(AzureCloud cloud, NetworkActions network)
{
    public SimResponse Put(ArmRequest request, string name)
    {
        var body = request.Body as JsonObject ?? [];
        var location = body["location"]?.GetValue<string>() ?? "";
        if (!cloud.Options.Locations.Contains(location))
        {
            return ArmErrors.Error("LocationNotAvailableForResourceType", $"The provided location '{location}' is not available for resource groups.");
        }

        lock (cloud.Gate)
        {
            var existed = cloud.Groups.TryGetValue(name, out var old);
            var group = new SimResourceGroup(cloud.GroupId(old?.Name ?? name), old?.Name ?? name, old?.Location ?? location, NetworkActions.Tags(body));
            cloud.Groups[name] = group;
            return SimResponse.Json(existed ? 200 : 201, group.ToJson());
        }
    }

    public SimResponse Get(string name)
    {
        lock (cloud.Gate)
        {
            return cloud.Groups.TryGetValue(name, out var group) ? SimResponse.Json(200, group.ToJson()) : ArmErrors.GroupNotFound(name);
        }
    }

    public SimResponse Delete(ArmRequest request, string name)
    {
        SimResourceGroup group;
        List<SimResource> held;
        lock (cloud.Gate)
        {
            if (!cloud.Groups.TryGetValue(name, out var found))
            {
                // Resource groups answer a DELETE of a missing group with 404 ResourceGroupNotFound (authored/arm).
                return ArmErrors.GroupNotFound(name);
            }

            group = found;
            group.ProvisioningState = "Deleting";
            held = [.. cloud.Resources.Values.Where(r => r.Group.Equals(name, StringComparison.OrdinalIgnoreCase))];
        }

        var operation = cloud.NewOperation();
        cloud.Run(operation, async token =>
        {
            foreach (var machine in held.Select(r => r.Machine).OfType<Common.SimMachine>())
            {
                await cloud.Backend.TerminateAsync(machine, token);
            }

            lock (cloud.Gate)
            {
                foreach (var resource in held)
                {
                    cloud.Resources.Remove(resource.Id);
                }

                cloud.Groups.Remove(name);
            }
        });
        return cloud.Accepted(new SimResponse(202), request, "Microsoft.Resources", group.Location, operation, withLocation: true);
    }

    public SimResponse ListGroups(ArmRequest request)
    {
        var (tagName, tagValue, _) = ParseFilter(request.Filter);
        lock (cloud.Gate)
        {
            var groups = cloud.Groups.Values
                .Where(g => tagName is null || (g.Tags.TryGetValue(tagName, out var v) && (tagValue is null || v == tagValue)))
                .Select(g => (JsonNode)g.ToJson());
            return SimResponse.Json(200, new JsonObject { ["value"] = new JsonArray([.. groups]) });
        }
    }

    /// <summary>GET .../resources in the subscription (<paramref name="group"/> null) or one group.</summary>
    public SimResponse ListResources(ArmRequest request, string? group)
    {
        var (tagName, tagValue, type) = ParseFilter(request.Filter);
        lock (cloud.Gate)
        {
            if (group is not null && !cloud.Groups.ContainsKey(group))
            {
                return ArmErrors.GroupNotFound(group);
            }

            var found = cloud.Resources.Values
                .Where(r => group is null || r.Group.Equals(group, StringComparison.OrdinalIgnoreCase))
                .Where(r => type is null || r.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
                .Where(r => tagName is null || (r.Tags.TryGetValue(tagName, out var v) && (tagValue is null || v == tagValue)))
                .Select(r =>
                {
                    var json = network.Render(r);
                    json.Remove("properties");
                    return (JsonNode)json;
                });
            return SimResponse.Json(200, new JsonObject { ["value"] = new JsonArray([.. found]) });
        }
    }

    private static (string? TagName, string? TagValue, string? Type) ParseFilter(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return (null, null, null);
        }

        string? Clause(string name) => Filter().Matches(filter).FirstOrDefault(m => m.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase))?.Groups[2].Value;
        return (Clause("tagName"), Clause("tagValue"), Clause("resourceType"));
    }

    [GeneratedRegex("(\\w+) eq '([^']*)'")]
    private static partial Regex Filter();
}

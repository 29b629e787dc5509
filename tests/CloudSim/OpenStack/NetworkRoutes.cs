using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Neutron networks and ports (read only: ports come and go with servers), with Neutron's filters by field
/// (name, id, router:external, device_id, network_id) and tags (all of tags=, any of tags-any=).
/// </summary>
internal sealed class NetworkRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "networks", "networks_list", r => JsonResult.Ok(new JsonObject
        {
            ["networks"] = new JsonArray([.. OsCatalog.Networks.Select(OsShapes.Network).Where(n => Matches(n, r, "name", "id", "router:external", "shared")).Select(n => (JsonNode)n)]),
        })),
        new("GET", "networks/{}", "networks_get", r => JsonResult.Ok(new JsonObject
        {
            ["network"] = OsShapes.Network(OsCatalog.Networks.FirstOrDefault(n => n.Id == r.Segments[1])
                ?? throw OsSimErrors.Neutron(404, "NetworkNotFound", $"Network {r.Segments[1]} could not be found.")),
        })),
        new("GET", "ports", "ports_list", r => JsonResult.Ok(new JsonObject
        {
            ["ports"] = new JsonArray([.. cloud.Ports.Select(Port).Where(p => Matches(p, r, "device_id", "network_id", "id", "device_owner")).Select(p => (JsonNode)p)]),
        })),
        new("GET", "ports/{}", "ports_get", r => JsonResult.Ok(new JsonObject
        {
            ["port"] = Port(cloud.Ports.FirstOrDefault(p => p.Id == r.Segments[1]) ?? throw OsSimErrors.Neutron(404, "PortNotFound", $"Port {r.Segments[1]} could not be found.")),
        })),
    ];

    /// <summary>True when the resource has every field filter's value and the tags asked for.</summary>
    public static bool Matches(JsonObject resource, OsRequest request, params string[] fields)
    {
        foreach (var field in fields)
        {
            if (request.Q(field) is { } wanted && !string.Equals(resource[field]?.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var tags = resource["tags"] is JsonArray list ? list.Select(t => t?.ToString() ?? "").ToList() : [];
        var any = request.List("tags-any");
        return request.List("tags").All(tags.Contains) && (any.Count == 0 || any.Any(tags.Contains));
    }

    private JsonObject Port(SimOsPort port) =>
        OsShapes.Port(port, cloud.Servers.FirstOrDefault(s => s.Id == port.DeviceId)?.SecurityGroups
            .Select(g => cloud.SecurityGroups.FirstOrDefault(s => s.Id == g || s.Name == g)?.Id ?? g) ?? []);
}

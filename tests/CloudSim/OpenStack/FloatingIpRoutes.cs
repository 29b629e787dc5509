using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Neutron floating IPs: create from an external network (optionally on a port), list (filters port_id,
/// floating_network_id, tags), get, update (associate with port_id, or disassociate with null) and delete (204).
/// </summary>
internal sealed class FloatingIpRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "floatingips", "floatingips_list", r => JsonResult.Ok(new JsonObject
        {
            ["floatingips"] = new JsonArray([.. cloud.FloatingIps.Select(Shape).Where(f => NetworkRoutes.Matches(f, r, "port_id", "floating_network_id", "id", "floating_ip_address")).Select(f => (JsonNode)f)]),
        })),
        new("POST", "floatingips", "floatingips_create", Create),
        new("GET", "floatingips/{}", "floatingips_get", r => JsonResult.Ok(new JsonObject { ["floatingip"] = Shape(Find(r.Segments[1])) })),
        new("PUT", "floatingips/{}", "floatingips_update", Update),
        new("DELETE", "floatingips/{}", "floatingips_delete", r =>
        {
            cloud.FloatingIps.Remove(Find(r.Segments[1]));
            return JsonResult.NoContent;
        }),
    ];

    private JsonResult Create(OsRequest request)
    {
        var body = request.Object("floatingip");
        var networkId = OsRequest.Text(body, "floating_network_id") ?? "";
        var network = OsCatalog.Networks.FirstOrDefault(n => n.Id == networkId)
            ?? throw OsSimErrors.Neutron(404, "NetworkNotFound", $"Network {networkId} could not be found.");
        if (!network.External)
        {
            throw OsSimErrors.Neutron(400, "BadRequest", $"Bad floatingip request: Network {networkId} is not a valid external network.");
        }

        var floating = new SimOsFloatingIp(cloud.NewUuid(), cloud.NewFloatingAddress(), network.Id, OsRequest.Text(body, "description") ?? "", cloud.Now)
        {
            PortId = Port(OsRequest.Text(body, "port_id")),
        };
        cloud.FloatingIps.Add(floating);
        return new JsonResult(201, new JsonObject { ["floatingip"] = Shape(floating) });
    }

    private JsonResult Update(OsRequest request)
    {
        var floating = Find(request.Segments[1]);
        var body = request.Object("floatingip");
        if (body.ContainsKey("port_id"))
        {
            floating.PortId = Port(OsRequest.Text(body, "port_id"));
        }

        return JsonResult.Ok(new JsonObject { ["floatingip"] = Shape(floating) });
    }

    /// <summary>The port to associate with: it must exist and carry no other floating IP.</summary>
    private string? Port(string? portId)
    {
        if (portId is null)
        {
            return null;
        }

        var port = cloud.Ports.FirstOrDefault(p => p.Id == portId) ?? throw OsSimErrors.Neutron(404, "PortNotFound", $"Port {portId} could not be found.");
        if (cloud.FloatingIps.FirstOrDefault(f => f.PortId == portId) is { } taken)
        {
            throw OsSimErrors.Neutron(409, "FloatingIPPortAlreadyAssociated",
                $"Cannot associate floating IP {taken.Address} ({taken.Id}) with port {portId} using fixed IP {port.Address}, as that fixed IP already has a floating IP on external network {taken.NetworkId}.");
        }

        return port.Id;
    }

    private SimOsFloatingIp Find(string id) =>
        cloud.FloatingIps.FirstOrDefault(f => f.Id == id) ?? throw OsSimErrors.Neutron(404, "FloatingIPNotFound", $"Floating IP {id} could not be found");

    private JsonObject Shape(SimOsFloatingIp floating) => OsShapes.FloatingIp(floating, cloud.Ports.FirstOrDefault(p => p.Id == floating.PortId));
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>Cloud firewalls: list, create (202, status "waiting" until read once), get and delete (204). Names need not be unique, as on DigitalOcean.</summary>
internal sealed partial class FirewallRoutes(DoCloud cloud)
{
    private static readonly string[] Protocols = ["tcp", "udp", "icmp"];

    public IReadOnlyList<JsonRoute<DoRequest>> Routes =>
    [
        new("GET", "firewalls", "firewalls_list", List),
        new("POST", "firewalls", "firewalls_create", Create),
        new("GET", "firewalls/{}", "firewalls_get", r => JsonResult.Ok(new JsonObject { ["firewall"] = Read(Find(r.Segments[1])) })),
        new("DELETE", "firewalls/{}", "firewalls_delete", Delete),
    ];

    private JsonResult List(DoRequest request) =>
        JsonResult.Ok(DoPaging.Page("firewalls", [.. cloud.Firewalls.OrderBy(f => f.CreatedAt).Select(f => (JsonNode)Read(f))], request, "firewalls"));

    private JsonResult Create(DoRequest request)
    {
        var body = request.Object();
        var name = request.Required("name");
        if (!FirewallName().IsMatch(name))
        {
            throw DoSimErrors.Unprocessable("name must begin with a letter or digit and contain only letters, digits, '.' and '-'.");
        }

        var inbound = body["inbound_rules"] as JsonArray ?? [];
        var outbound = body["outbound_rules"] as JsonArray ?? [];
        if (inbound.Count + outbound.Count == 0)
        {
            throw DoSimErrors.Unprocessable("At least one inbound or outbound rule is required.");
        }

        foreach (var rule in inbound.Concat(outbound))
        {
            if (rule?["protocol"]?.ToString() is not { } protocol || !Protocols.Contains(protocol) || rule["ports"] is null)
            {
                throw DoSimErrors.Unprocessable("Each rule needs a protocol (tcp, udp or icmp) and ports.");
            }
        }

        var firewall = new SimDoFirewall(cloud.NewUuid(), name, cloud.Now)
        {
            InboundRules = (JsonArray)inbound.DeepClone(),
            OutboundRules = (JsonArray)outbound.DeepClone(),
            DropletIds = [.. (body["droplet_ids"] as JsonArray ?? []).Select(id => id!.GetValue<long>())],
            Tags = [.. request.Strings("tags")],
        };
        cloud.Firewalls.Add(firewall);
        return new JsonResult(202, new JsonObject { ["firewall"] = DoShapes.Firewall(firewall, cloud.Droplets) });
    }

    private JsonResult Delete(DoRequest request)
    {
        cloud.Firewalls.Remove(Find(request.Segments[1]));
        return JsonResult.NoContent;
    }

    private JsonObject Read(SimDoFirewall firewall)
    {
        var shape = DoShapes.Firewall(firewall, cloud.Droplets);
        firewall.Status = "succeeded";
        return shape;
    }

    private SimDoFirewall Find(string id) => cloud.Firewalls.FirstOrDefault(f => f.Id == id) ?? throw DoSimErrors.NotFound();

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9\\.-]+$")]
    private static partial Regex FirewallName();
}

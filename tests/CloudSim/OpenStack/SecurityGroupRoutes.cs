using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Neutron security groups (created with the two default egress rules; 409 SecurityGroupInUse while a server uses one)
/// and their rules (409 SecurityGroupRuleExists for a rule already there; a remote group must exist).
/// </summary>
internal sealed class SecurityGroupRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "security-groups", "security_groups_list", r => JsonResult.Ok(new JsonObject
        {
            ["security_groups"] = new JsonArray([.. cloud.SecurityGroups.Select(OsShapes.SecurityGroup).Where(g => NetworkRoutes.Matches(g, r, "name", "id")).Select(g => (JsonNode)g)]),
        })),
        new("POST", "security-groups", "security_groups_create", Create),
        new("GET", "security-groups/{}", "security_groups_get", r => JsonResult.Ok(new JsonObject { ["security_group"] = OsShapes.SecurityGroup(Find(r.Segments[1])) })),
        new("DELETE", "security-groups/{}", "security_groups_delete", Delete),
        new("POST", "security-group-rules", "security_group_rules_create", CreateRule),
        new("DELETE", "security-group-rules/{}", "security_group_rules_delete", DeleteRule),
    ];

    public SimOsSecurityGroup Find(string id) =>
        cloud.SecurityGroups.FirstOrDefault(g => g.Id == id) ?? throw OsSimErrors.Neutron(404, "SecurityGroupNotFound", $"Security group {id} does not exist");

    private JsonResult Create(OsRequest request)
    {
        var body = request.Object("security_group");
        var name = OsRequest.Text(body, "name") ?? "";
        if (name == "default")
        {
            throw OsSimErrors.Neutron(409, "SecurityGroupDefaultAlreadyExists", "Default security group already exists.");
        }

        var group = new SimOsSecurityGroup(cloud.NewUuid(), name, OsRequest.Text(body, "description") ?? "", cloud.Now);
        group.Rules.Add(new SimOsRule(cloud.NewUuid(), group.Id, "egress", "IPv4", null, null, null, null, null));
        group.Rules.Add(new SimOsRule(cloud.NewUuid(), group.Id, "egress", "IPv6", null, null, null, null, null));
        cloud.SecurityGroups.Add(group);
        return new JsonResult(201, new JsonObject { ["security_group"] = OsShapes.SecurityGroup(group) });
    }

    private JsonResult Delete(OsRequest request)
    {
        var group = Find(request.Segments[1]);
        if (cloud.Servers.Any(s => s.SecurityGroups.Contains(group.Id) || s.SecurityGroups.Contains(group.Name)))
        {
            throw OsSimErrors.Neutron(409, "SecurityGroupInUse", $"Security Group {group.Id} in use.");
        }

        cloud.SecurityGroups.Remove(group);
        return JsonResult.NoContent;
    }

    private JsonResult CreateRule(OsRequest request)
    {
        var body = request.Object("security_group_rule");
        var group = Find(OsRequest.Text(body, "security_group_id") ?? "");
        var direction = OsRequest.Text(body, "direction");
        if (direction is not ("ingress" or "egress"))
        {
            throw OsSimErrors.Neutron(400, "HTTPBadRequest", $"Invalid input for direction. Reason: '{direction}' is not in ['ingress', 'egress'].");
        }

        var remoteGroup = OsRequest.Text(body, "remote_group_id");
        if (remoteGroup is not null)
        {
            Find(remoteGroup);
        }

        var rule = new SimOsRule(
            cloud.NewUuid(), group.Id, direction, OsRequest.Text(body, "ethertype") ?? "IPv4", OsRequest.Text(body, "protocol"),
            Port(body, "port_range_min"), Port(body, "port_range_max"), OsRequest.Text(body, "remote_ip_prefix"), remoteGroup);
        if (group.Rules.FirstOrDefault(r => r.SameAs(rule)) is { } existing)
        {
            throw OsSimErrors.Neutron(409, "SecurityGroupRuleExists", $"Security group rule already exists. Rule id is {existing.Id}.");
        }

        group.Rules.Add(rule);
        return new JsonResult(201, new JsonObject { ["security_group_rule"] = OsShapes.Rule(rule, cloud.Now) });
    }

    private JsonResult DeleteRule(OsRequest request)
    {
        var group = cloud.SecurityGroups.FirstOrDefault(g => g.Rules.Any(r => r.Id == request.Segments[1]))
            ?? throw OsSimErrors.Neutron(404, "SecurityGroupRuleNotFound", $"Security group rule {request.Segments[1]} does not exist");
        group.Rules.RemoveAll(r => r.Id == request.Segments[1]);
        return JsonResult.NoContent;
    }

    /// <summary>A port of the range, given as a number or (as the sample does) a string of one.</summary>
    private static int? Port(JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.TryGetValue<int>(out var port) => port,
        JsonValue value when value.TryGetValue<string>(out var text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        null => null,
        var other => throw OsSimErrors.Neutron(400, "InvalidInput", $"Invalid input for {name}. Reason: '{other}' is not a valid port number."),
    };
}

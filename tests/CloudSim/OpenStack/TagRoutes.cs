using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>Neutron's tag extension: GET and PUT (replace all) /{resources}/{id}/tags, PUT (add one) /{resources}/{id}/tags/{tag}.</summary>
internal sealed class TagRoutes(OsCloud cloud)
{
    private static readonly string[] Resources = ["security-groups", "floatingips", "ports"];

    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        .. Resources.Select(resources => new JsonRoute<OsRequest>("GET", $"{resources}/{{}}/tags", "tags_get", r => JsonResult.Ok(new JsonObject { ["tags"] = OsShapes.Strings(Tags(r)) }))),
        .. Resources.Select(resources => new JsonRoute<OsRequest>("PUT", $"{resources}/{{}}/tags", "tags_set", Replace)),
        .. Resources.Select(resources => new JsonRoute<OsRequest>("PUT", $"{resources}/{{}}/tags/{{}}", "tags_add", Add)),
    ];

    private JsonResult Replace(OsRequest request)
    {
        var given = (request.Body as JsonObject)?["tags"] as JsonArray ?? throw OsSimErrors.Neutron(400, "HTTPBadRequest", "Invalid tags body: a list of tags is required.");
        var tags = given.Select(t => t?.ToString() ?? "").ToList();
        if (tags.Any(t => t.Length is 0 or > 255))
        {
            throw OsSimErrors.Neutron(400, "InvalidInput", "Invalid input for operation: tags are 1 to 255 characters.");
        }

        var list = Tags(request);
        list.Clear();
        list.AddRange(tags.Distinct());
        return JsonResult.Ok(new JsonObject { ["tags"] = OsShapes.Strings(list) });
    }

    private JsonResult Add(OsRequest request)
    {
        var list = Tags(request);
        var tag = Uri.UnescapeDataString(request.Segments[3]);
        if (!list.Contains(tag))
        {
            list.Add(tag);
        }

        return new JsonResult(201, null);
    }

    private List<string> Tags(OsRequest request)
    {
        var id = request.Segments[1];
        return request.Segments[0] switch
        {
            "security-groups" => (cloud.SecurityGroups.FirstOrDefault(g => g.Id == id) ?? throw OsSimErrors.Neutron(404, "SecurityGroupNotFound", $"Security group {id} does not exist")).Tags,
            "floatingips" => (cloud.FloatingIps.FirstOrDefault(f => f.Id == id) ?? throw OsSimErrors.Neutron(404, "FloatingIPNotFound", $"Floating IP {id} could not be found")).Tags,
            _ => (cloud.Ports.FirstOrDefault(p => p.Id == id) ?? throw OsSimErrors.Neutron(404, "PortNotFound", $"Port {id} could not be found.")).Tags,
        };
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>Droplets: list (tag_name, name), create (202 with the create action's link), get, destroy (204).</summary>
internal sealed partial class DropletRoutes(DoCloud cloud)
{
    public IReadOnlyList<JsonRoute<DoRequest>> Routes =>
    [
        new("GET", "droplets", "droplets_list", List),
        new("POST", "droplets", "droplets_create", Create),
        new("GET", "droplets/{}", "droplets_get", r => JsonResult.Ok(new JsonObject { ["droplet"] = DoShapes.Droplet(cloud.Droplet(r.Segments[1])) })),
        new("DELETE", "droplets/{}", "droplets_destroy", Destroy),
    ];

    private JsonResult List(DoRequest request)
    {
        var tag = request.Q("tag_name");
        var name = request.Q("name");
        if (tag is not null && name is not null)
        {
            throw DoSimErrors.BadRequest("tag_name can not be combined with name.");
        }

        var selected = cloud.Droplets
            .Where(d => (tag is null || d.Tags.Contains(tag)) && (name is null || string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(d => d.Id)
            .Select(d => (JsonNode)DoShapes.Droplet(d))
            .ToList();
        return JsonResult.Ok(DoPaging.Page("droplets", selected, request, "droplets"));
    }

    private JsonResult Create(DoRequest request)
    {
        var name = request.Required("name");
        if (name.Length > 255 || !DropletName().IsMatch(name))
        {
            throw DoSimErrors.Unprocessable("Name is invalid: only letters, digits, '.' and '-' are allowed.");
        }

        var size = DoCatalog.Sizes.FirstOrDefault(s => s.Slug == request.Required("size"))
            ?? throw DoSimErrors.Unprocessable("You specified an invalid size for Droplet creation.");
        var imageText = request.Object()["image"]?.ToString() ?? throw DoSimErrors.Unprocessable("image is required.");
        var image = DoCatalog.Images.FirstOrDefault(i => i.Slug == imageText || i.Id.ToString(CultureInfo.InvariantCulture) == imageText)
            ?? throw DoSimErrors.Unprocessable("You specified an invalid image for Droplet creation.");
        var regionSlug = request.Object()["region"]?.ToString() ?? DoCatalog.AvailableRegions[0];
        var region = DoCatalog.Regions.FirstOrDefault(r => r.Slug == regionSlug && r.Available)
            ?? throw DoSimErrors.Unprocessable("You specified an invalid region for Droplet creation.");
        var keys = request.Strings("ssh_keys").Select(k => cloud.Keys.FirstOrDefault(key => key.Fingerprint == k || key.Id.ToString(CultureInfo.InvariantCulture) == k)
            ?? throw DoSimErrors.Unprocessable($"You specified an invalid SSH key ({k}) for Droplet creation.")).ToList();
        var tags = request.Strings("tags");
        if (tags.Any(t => !TagName().IsMatch(t)))
        {
            throw DoSimErrors.Unprocessable("Tag names may contain only letters, numbers, colons, dashes and underscores (up to 255).");
        }

        var features = new[] { ("backups", "backups"), ("ipv6", "ipv6"), ("monitoring", "monitoring"), ("private_networking", "private_networking") }
            .Where(f => request.Flag(f.Item1)).Select(f => f.Item2).ToList();
        var droplet = new SimDroplet(cloud.NewDropletId(), name, region.Slug, size, image, cloud.Now) { Tags = [.. tags.Distinct()], Features = features };
        var action = cloud.StartAction(droplet, "create");
        var machine = new MachineRequest(DoCloud.MachinePrefix + droplet.Id.ToString(CultureInfo.InvariantCulture), string.Join('\n', keys.Select(k => k.PublicKey)), DoCatalog.SshUser);
        droplet.Begin(action, "active", async previous =>
        {
            await previous;
            droplet.Machine = await cloud.Backend.CreateAsync(machine, CancellationToken.None);
        }, cloud.Due);
        cloud.Droplets.Add(droplet);
        return new JsonResult(202, new JsonObject
        {
            ["droplet"] = DoShapes.Droplet(droplet),
            ["links"] = new JsonObject
            {
                ["actions"] = new JsonArray(new JsonObject { ["id"] = action.Id, ["rel"] = "create", ["href"] = $"{request.BaseUrl}/v2/actions/{action.Id}" }),
            },
        });
    }

    private JsonResult Destroy(DoRequest request)
    {
        var droplet = cloud.Droplet(request.Segments[1]);
        if (!droplet.Deleting)
        {
            droplet.Delete(previous => MachineWork.AfterAsync(previous, () => droplet.Machine, m => cloud.Backend.TerminateAsync(m, CancellationToken.None)), cloud.Due);
        }

        return JsonResult.NoContent;
    }

    [GeneratedRegex("^[a-zA-Z0-9]?[a-z0-9A-Z.\\-]*[a-z0-9A-Z]$")]
    private static partial Regex DropletName();

    [GeneratedRegex("^[a-zA-Z0-9_:\\-]{1,255}$")]
    private static partial Regex TagName();
}

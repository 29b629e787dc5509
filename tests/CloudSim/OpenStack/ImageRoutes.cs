using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>Glance v2 images: list (filters name, status, visibility; images-list-response.json) and get (404 as Glance's text page).</summary>
internal sealed class ImageRoutes
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "images", "images_list", r => JsonResult.Ok(new JsonObject
        {
            ["images"] = new JsonArray([.. OsCatalog.Images
                .Where(i => (r.Q("name") is not { } name || i.Name == name) && r.Q("status") is null or "active" && r.Q("visibility") is null or "public")
                .Select(i => (JsonNode)OsShapes.Image(i))]),
            ["schema"] = "/v2/schemas/images",
            ["first"] = "/v2/images",
        })),
        new("GET", "images/{}", "images_get", r => JsonResult.Ok(OsShapes.Image(
            OsCatalog.Images.FirstOrDefault(i => i.Id == r.Segments[1]) ?? throw OsSimErrors.NotFound(OsService.Image, $"No image found with ID {r.Segments[1]}")))),
    ];
}

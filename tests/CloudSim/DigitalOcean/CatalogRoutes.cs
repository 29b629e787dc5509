using System.Globalization;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>Regions, sizes and public images (by id or slug; <c>type=distribution</c> filters the list as the API does).</summary>
internal sealed class CatalogRoutes
{
    public IReadOnlyList<JsonRoute<DoRequest>> Routes =>
    [
        new("GET", "regions", "regions_list", r => JsonResult.Ok(DoPaging.Page("regions", [.. DoCatalog.Regions.Select(x => (JsonNode)DoShapes.Region(x))], r, "regions"))),
        new("GET", "sizes", "sizes_list", r => JsonResult.Ok(DoPaging.Page("sizes", [.. DoCatalog.Sizes.Select(x => (JsonNode)DoShapes.Size(x))], r, "sizes"))),
        new("GET", "images", "images_list", Images),
        new("GET", "images/{}", "images_get", r => JsonResult.Ok(new JsonObject
        {
            ["image"] = DoShapes.Image(DoCatalog.Images.FirstOrDefault(i => i.Slug == r.Segments[1] || i.Id.ToString(CultureInfo.InvariantCulture) == r.Segments[1])
                ?? throw DoSimErrors.NotFound()),
        })),
    ];

    private static JsonResult Images(DoRequest request)
    {
        var type = request.Q("type");
        if (type is not (null or "distribution" or "application"))
        {
            throw DoSimErrors.BadRequest("type must be distribution or application.");
        }

        var images = type == "application" ? [] : DoCatalog.Images.Select(i => (JsonNode)DoShapes.Image(i)).ToList();
        return JsonResult.Ok(DoPaging.Page("images", images, request, "images"));
    }
}

using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>Nova's version document (GET /v2.1/, v21-version-get-resp.json) and flavors: list, detail, get.</summary>
internal sealed class FlavorRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "", "versions_get", r => JsonResult.Ok(OsShapes.Version(r.BaseUrl, cloud.Options.MaxComputeVersion))),
        new("GET", "flavors", "flavors_list", r => JsonResult.Ok(new JsonObject { ["flavors"] = new JsonArray([.. OsCatalog.Flavors.Select(f => (JsonNode)OsShapes.Flavor(f, r, detail: false))]) })),
        new("GET", "flavors/detail", "flavors_list", r => JsonResult.Ok(new JsonObject { ["flavors"] = new JsonArray([.. OsCatalog.Flavors.Select(f => (JsonNode)OsShapes.Flavor(f, r, detail: true))]) })),
        new("GET", "flavors/{}", "flavors_get", r => JsonResult.Ok(new JsonObject
        {
            ["flavor"] = OsShapes.Flavor(
                OsCatalog.Flavors.FirstOrDefault(f => f.Id == r.Segments[1]) ?? throw OsSimErrors.NotFound(OsService.Compute, $"Flavor {r.Segments[1]} could not be found."), r, detail: true),
        })),
    ];
}

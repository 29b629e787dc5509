using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Common;

/// <summary>A route's answer: the status and the JSON body (none for 204).</summary>
internal sealed record JsonResult(int Status, JsonNode? Body)
{
    public static JsonResult Ok(JsonNode body) => new(200, body);

    public static JsonResult NoContent { get; } = new(204, null);
}

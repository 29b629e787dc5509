using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Common;

/// <summary>A route's answer: the status, the JSON body (none for 204) and any headers of its own.</summary>
internal sealed record JsonResult(int Status, JsonNode? Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static JsonResult Ok(JsonNode body) => new(200, body);

    public static JsonResult NoContent { get; } = new(204, null);
}

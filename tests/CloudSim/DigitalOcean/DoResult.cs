using System.Text.Json.Nodes;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>A route's answer: the status and the JSON body (none for 204).</summary>
internal sealed record DoResult(int Status, JsonNode? Body)
{
    public static DoResult Ok(JsonNode body) => new(200, body);

    public static DoResult NoContent { get; } = new(204, null);
}

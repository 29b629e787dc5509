using System.Globalization;
using System.Text.Json.Nodes;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>One API request as the routes see it: the path's segments after /v2, the query, the JSON body and the base URL for links.</summary>
internal sealed record DoRequest(string Method, IReadOnlyList<string> Segments, IReadOnlyDictionary<string, string> Query, JsonNode? Body, string BaseUrl)
{
    public string? Q(string name) => Query.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public int QInt(string name, int fallback, int min, int max)
    {
        var text = Q(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw DoSimErrors.BadRequest($"{name} must be a number from {min} to {max}.");
    }

    public JsonObject Object() => Body as JsonObject ?? throw DoSimErrors.BadRequest("The request body must be a JSON object.");

    public string Required(string name) =>
        Object()[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw DoSimErrors.Unprocessable($"{name} is required.");

    public bool Flag(string name) => Object()[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public IReadOnlyList<string> Strings(string name) =>
        Object()[name] is JsonArray items ? [.. items.Select(i => i?.ToString() ?? "")] : [];
}

using System.Text.Json.Nodes;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// One API request as the routes see it: the service, the path's segments after the service's version, the query, the
/// JSON body, the base URL for links and the catalog, the compute microversion, and whether the scheduler finds no host.
/// </summary>
internal sealed record OsRequest(OsService Service, string Method, IReadOnlyList<string> Segments, IReadOnlyDictionary<string, string> Query, JsonNode? Body, string BaseUrl)
{
    public Version Microversion { get; init; } = new(2, 1);

    /// <summary>True when a capacity fault was drawn for a server create: it is accepted and goes to ERROR with NoValidHost.</summary>
    public bool NoValidHost { get; init; }

    public string? Q(string name) => Query.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool AtLeast(int major, int minor) => Microversion >= new Version(major, minor);

    /// <summary>The body's single top-level object (e.g. "server" of {"server": {...}}).</summary>
    public JsonObject Object(string name) =>
        (Body as JsonObject)?[name] as JsonObject ?? throw OsSimErrors.BadRequest(Service, $"The request body must be a JSON object with '{name}'.");

    public static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static IReadOnlyList<string> Strings(JsonObject item, string name) =>
        item[name] is JsonArray items ? [.. items.Select(i => i?.ToString() ?? "")] : [];

    /// <summary>Values of a comma-separated filter (Nova's and Neutron's tags=a,b).</summary>
    public IReadOnlyList<string> List(string name) => Q(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
}

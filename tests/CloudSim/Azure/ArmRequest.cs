using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>One ARM request, parsed: method, the path's segments after /subscriptions/{id}, query, JSON body and the base URL for polling links.</summary>
internal sealed record ArmRequest(string Method, IReadOnlyList<string> Segments, IQueryCollection Query, JsonNode? Body, string BaseUrl, string SubscriptionId)
{
    public string? Filter => Query.TryGetValue("$filter", out var filter) ? filter.ToString() : null;

    public string ApiVersion => Query.TryGetValue("api-version", out var version) ? version.ToString() : "";

    public bool Is(int index, string value) => Segments.Count > index && Segments[index].Equals(value, StringComparison.OrdinalIgnoreCase);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>The API's JSON: snake_case names, nulls left out of requests.</summary>
internal static class DoJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

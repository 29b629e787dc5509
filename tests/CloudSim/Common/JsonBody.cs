using System.Text.Json;
using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Common;

/// <summary>The JSON body of a request to a simulated JSON API (none for GET, DELETE or an empty body).</summary>
internal static class JsonBody
{
    /// <summary>Parses the body; <paramref name="invalid"/> makes the provider's own error for a body that is not JSON.</summary>
    public static async Task<JsonNode?> ReadAsync(HttpRequest request, Func<Exception> invalid, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || request.Method is "GET" or "DELETE")
        {
            return null;
        }

        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            throw invalid();
        }
    }
}

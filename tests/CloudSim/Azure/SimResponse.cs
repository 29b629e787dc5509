using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>One ARM answer before it is written: status, JSON body (or none) and headers.</summary>
internal sealed record SimResponse(int Status, JsonNode? Body = null)
{
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public static SimResponse Json(int status, JsonNode body) => new(status, body);

    public SimResponse With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers["x-ms-request-id"] = Guid.NewGuid().ToString();
        if (Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(Body.ToJsonString(), cancellationToken);
        }
    }
}

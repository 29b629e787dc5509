using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.CloudSim.OpenStack;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>Plain HTTP to the simulator, as the samples show the calls: a token from Keystone, then requests carrying it.</summary>
internal sealed class OsSimClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new();

    public string? Token { get; private set; }

    /// <summary>A sample's JSON (shared/api-samples/openstack/...).</summary>
    public static JsonNode Sample(string path) => JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.Of("openstack"), path)))!;

    /// <summary>The password request sample with the simulator's user, password and project.</summary>
    public static JsonNode PasswordRequest(OsSimOptions options)
    {
        var request = Sample("keystone/api-ref/source/v3/samples/auth/requests/project-name-password.json");
        var user = request["auth"]!["identity"]!["password"]!["user"]!;
        user["password"] = options.Password;
        request["auth"]!["scope"]!["project"]!["name"] = options.ProjectName;
        return request;
    }

    public async Task<HttpResponseMessage> AuthenticateAsync(JsonNode body, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync(new Uri(endpoint, "identity/v3/auth/tokens"), body, cancellationToken);
        Token = response.Headers.TryGetValues("X-Subject-Token", out var values) ? values.First() : Token;
        return response;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, string? microversion = "2.92")
    {
        using var request = new HttpRequestMessage(method, new Uri(endpoint, path));
        if (Token is not null)
        {
            request.Headers.Add("X-Auth-Token", Token);
        }

        if (microversion is not null)
        {
            request.Headers.Add("OpenStack-API-Version", "compute " + microversion);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _http.SendAsync(request, cancellationToken);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, string? microversion = "2.92")
    {
        using var response = await SendAsync(method, path, body, cancellationToken, microversion);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IReadOnlyList<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    public void Dispose() => _http.Dispose();
}

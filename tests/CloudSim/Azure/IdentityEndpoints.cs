using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// The Entra ID endpoints MSAL (under Azure.Identity's ClientSecretCredential) asks for, in the shapes of
/// shared/api-samples/azure/authored/identity: tenant discovery (openid-configuration), instance discovery and the
/// client-credentials token endpoint. Tokens are opaque strings remembered until they expire; ARM calls must carry one.
/// </summary>
internal sealed class IdentityEndpoints(AzureSimOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (HttpRequest request, string tenant) => Results.Json(OpenIdConfiguration(Base(request), tenant)));
        routes.MapGet("/{tenant}/.well-known/openid-configuration", (HttpRequest request, string tenant) => Results.Json(OpenIdConfiguration(Base(request), tenant)));
        routes.MapGet("/common/discovery/instance", (HttpRequest request) => Results.Json(InstanceDiscovery(request)));
        routes.MapPost("/{tenant}/oauth2/v2.0/token", TokenAsync);
    }

    /// <summary>True when the Authorization header carries a bearer token this simulator issued and that has not expired.</summary>
    public bool IsValid(string? authorization) =>
        authorization is not null
        && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
        && _tokens.TryGetValue(authorization["Bearer ".Length..], out var expires)
        && expires > time.GetUtcNow();

    private async Task<IResult> TokenAsync(HttpRequest request, string tenant)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"] != "client_credentials" || string.IsNullOrEmpty(form["client_id"]) || string.IsNullOrEmpty(form["scope"]))
        {
            return Results.Json(Error("invalid_request", "AADSTS900144: The request body must contain grant_type, client_id and scope.", 900144), statusCode: 400);
        }

        if (!tenant.Equals(options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(Error("invalid_tenant", $"AADSTS90002: Tenant '{tenant}' not found.", 90002), statusCode: 400);
        }

        if (string.IsNullOrEmpty(form["client_secret"]) || (options.ClientSecret is { } secret && form["client_secret"] != secret))
        {
            return Results.Json(Error("invalid_client", "AADSTS7000215: Invalid client secret provided.", 7000215), statusCode: 401);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = time.GetUtcNow().AddSeconds(3599);
        return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = token });
    }

    private static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static JsonObject OpenIdConfiguration(string root, string tenant) => new()
    {
        ["token_endpoint"] = $"{root}/{tenant}/oauth2/v2.0/token",
        ["authorization_endpoint"] = $"{root}/{tenant}/oauth2/v2.0/authorize",
        ["issuer"] = $"{root}/{tenant}/v2.0",
        ["jwks_uri"] = $"{root}/{tenant}/discovery/v2.0/keys",
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt", "client_secret_basic"),
        ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["tenant_region_scope"] = "NA",
    };

    private static JsonObject InstanceDiscovery(HttpRequest request)
    {
        var host = request.Host.ToString();
        return new JsonObject
        {
            ["tenant_discovery_endpoint"] = $"{Base(request)}/common/v2.0/.well-known/openid-configuration",
            ["api-version"] = "1.1",
            ["metadata"] = new JsonArray(new JsonObject
            {
                ["preferred_network"] = host,
                ["preferred_cache"] = host,
                ["aliases"] = new JsonArray(host),
            }),
        };
    }

    private JsonObject Error(string error, string description, int code) => new()
    {
        ["error"] = error,
        ["error_description"] = description,
        ["error_codes"] = new JsonArray(code),
        ["timestamp"] = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ssZ"),
        ["trace_id"] = Guid.NewGuid().ToString(),
        ["correlation_id"] = Guid.NewGuid().ToString(),
    };
}

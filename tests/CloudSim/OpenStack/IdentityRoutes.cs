using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Keystone v3 POST /auth/tokens: a password (project-name-password.json) or an application credential
/// (auth-application-credential-id-request.json) gives 201, the token in X-Subject-Token and a project-scoped body with
/// the catalog; a password without scope gives an unscoped token without catalog; wrong credentials give 401.
/// </summary>
internal sealed class IdentityRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes => [new("POST", "auth/tokens", "tokens_create", Issue)];

    private JsonResult Issue(OsRequest request)
    {
        var auth = request.Object("auth");
        var identity = auth["identity"] as JsonObject ?? throw OsSimErrors.BadRequest(OsService.Identity, "'identity' is a required property");
        var methods = identity["methods"] is JsonArray list ? list.Select(m => m?.ToString()).ToList() : [];
        var options = cloud.Options;
        bool scoped;
        JsonObject? applicationCredential = null;
        if (methods.Contains("application_credential"))
        {
            var credential = identity["application_credential"] as JsonObject;
            if (credential is null || OsRequest.Text(credential, "id") != options.ApplicationCredentialId || OsRequest.Text(credential, "secret") != options.ApplicationCredentialSecret)
            {
                throw OsSimErrors.Unauthorized();
            }

            scoped = true;
            applicationCredential = new JsonObject { ["id"] = options.ApplicationCredentialId, ["name"] = "hostpool", ["restricted"] = true };
        }
        else if (methods.Contains("password"))
        {
            var user = (identity["password"] as JsonObject)?["user"] as JsonObject;
            if (user is null || (OsRequest.Text(user, "name") ?? OsRequest.Text(user, "id")) is not { } who || (who != options.Username && who != OsCatalog.UserId)
                || OsRequest.Text(user, "password") != options.Password || !IsDefaultDomain(user))
            {
                throw OsSimErrors.Unauthorized();
            }

            var project = (auth["scope"] as JsonObject)?["project"] as JsonObject;
            if (project is not null && ((OsRequest.Text(project, "name") ?? OsRequest.Text(project, "id")) is not { } named
                || (named != options.ProjectName && named != OsCatalog.ProjectId) || !IsDefaultDomain(project)))
            {
                throw OsSimErrors.Unauthorized();
            }

            scoped = project is not null;
        }
        else
        {
            throw OsSimErrors.Unauthorized();
        }

        var (value, expires) = cloud.Tokens.Issue(options.TokenLifetime);
        var token = new JsonObject
        {
            ["methods"] = new JsonArray(methods.Select(m => (JsonNode?)m).ToArray()),
            ["user"] = new JsonObject { ["domain"] = Domain(), ["id"] = OsCatalog.UserId, ["name"] = options.Username, ["password_expires_at"] = null },
            ["audit_ids"] = new JsonArray(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).TrimEnd('=')),
            ["expires_at"] = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["issued_at"] = cloud.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (scoped)
        {
            token["project"] = new JsonObject { ["domain"] = Domain(), ["id"] = OsCatalog.ProjectId, ["name"] = options.ProjectName };
            token["is_domain"] = false;
            token["roles"] = new JsonArray(new JsonObject { ["id"] = "51cc68287d524c759f47c811e6463340", ["name"] = "member" });
            token["catalog"] = OsCatalog.Catalog(request.BaseUrl, options.Region);
        }

        if (applicationCredential is not null)
        {
            token["application_credential"] = applicationCredential;
        }

        return new JsonResult(201, new JsonObject { ["token"] = token }) { Headers = new Dictionary<string, string> { ["X-Subject-Token"] = value, ["Vary"] = "X-Auth-Token" } };
    }

    private static bool IsDefaultDomain(JsonObject owner) =>
        owner["domain"] is not JsonObject domain || OsRequest.Text(domain, "name") is null or "Default" && OsRequest.Text(domain, "id") is null or "default";

    private static JsonObject Domain() => new() { ["id"] = "default", ["name"] = "Default" };
}

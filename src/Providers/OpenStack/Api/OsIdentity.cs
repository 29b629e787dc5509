using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>
/// Keystone v3: a project-scoped token by password (or an application credential), kept until shortly before it
/// expires (<see cref="OsToken.RenewAt"/>); <see cref="Invalidate"/> forgets it when a service says 401, so the next call authenticates again.
/// </summary>
internal sealed class OsIdentity(HttpClient http, OpenStackCredentials credentials, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OsToken? _token;

    public async Task<OsToken> TokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } token && token.RenewAt > time.GetUtcNow())
            {
                return token;
            }

            return _token = await AuthenticateAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate(OsToken stale) => Interlocked.CompareExchange(ref _token, null, stale);

    /// <summary>POST /v3/auth/tokens; the token is the X-Subject-Token header, the catalog is in the body.</summary>
    private async Task<OsToken> AuthenticateAsync(CancellationToken cancellationToken)
    {
        var url = credentials.AuthUrl.AbsolutePath.TrimEnd('/').EndsWith("/v3", StringComparison.Ordinal)
            ? new Uri(credentials.AuthUrl.ToString().TrimEnd('/') + "/auth/tokens")
            : new Uri(credentials.AuthUrl, credentials.AuthUrl.AbsolutePath.TrimEnd('/') + "/v3/auth/tokens");
        using var response = await http.PostAsJsonAsync(url, Body(), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = OsErrors.Read(response, text);
            throw error.IsTransient ? error : OsErrors.Map(error, "authenticate (POST /v3/auth/tokens)", credentials);
        }

        var value = response.Headers.TryGetValues("X-Subject-Token", out var values) ? values.First()
            : throw new ProviderException($"Keystone at {credentials.AuthUrl} answered without X-Subject-Token; check --{OpenStackFlags.AuthUrl} points at Keystone v3.");
        using var document = JsonDocument.Parse(text);
        var token = document.RootElement.GetProperty("token");
        var expires = token.GetProperty("expires_at").GetDateTimeOffset();
        return new OsToken(
            value,
            token.TryGetProperty("issued_at", out var issued) ? issued.GetDateTimeOffset() : expires - TimeSpan.FromHours(1),
            expires,
            token.TryGetProperty("catalog", out var catalog) ? catalog.Clone() : throw new UsageException("The token has no catalog: scope it to a project (OS_PROJECT_NAME)."));
    }

    private JsonObject Body()
    {
        var identity = credentials.IsApplicationCredential
            ? new JsonObject
            {
                ["methods"] = new JsonArray("application_credential"),
                ["application_credential"] = new JsonObject { ["id"] = credentials.ApplicationCredentialId, ["secret"] = credentials.ApplicationCredentialSecret },
            }
            : new JsonObject
            {
                ["methods"] = new JsonArray("password"),
                ["password"] = new JsonObject
                {
                    ["user"] = new JsonObject
                    {
                        ["name"] = credentials.Username,
                        ["domain"] = new JsonObject { ["name"] = credentials.UserDomain },
                        ["password"] = credentials.Password,
                    },
                },
            };
        var auth = new JsonObject { ["identity"] = identity };
        if (!credentials.IsApplicationCredential)
        {
            auth["scope"] = new JsonObject { ["project"] = new JsonObject { ["name"] = credentials.ProjectName, ["domain"] = new JsonObject { ["name"] = credentials.ProjectDomain } } };
        }

        return new JsonObject { ["auth"] = auth };
    }
}

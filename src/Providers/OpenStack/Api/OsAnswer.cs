using System.Text.Json;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>An answer's body, or the error the caller chose to handle itself (e.g. 404 on delete, 409 on a rule already there).</summary>
internal sealed record OsAnswer(JsonElement? Body, OsApiException? Error);

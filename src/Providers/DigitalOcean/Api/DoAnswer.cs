using System.Text.Json;

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>An answer's body, or the error the caller chose to handle itself (e.g. 404 on delete, 422 on a key already added).</summary>
internal sealed record DoAnswer(JsonElement? Body, DoApiException? Error);

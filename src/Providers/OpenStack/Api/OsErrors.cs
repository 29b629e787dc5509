using System.Globalization;
using System.Net;
using System.Text.Json;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>
/// Reads the services' error bodies: Nova <c>{"itemNotFound": {"code": 404, "message": ...}}</c>, Neutron
/// <c>{"NeutronError": {"type", "message", "detail"}}</c>, Keystone <c>{"error": {"code", "message", "title"}}</c>;
/// anything else (Glance's text pages) keeps the status and text.
/// </summary>
internal static class OsErrors
{
    public static OsApiException Read(HttpResponseMessage response, string text)
    {
        var kind = response.StatusCode.ToString();
        var message = text.Trim();
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } fault)
            {
                kind = fault.Name switch
                {
                    "NeutronError" => fault.Value.TryGetProperty("type", out var type) ? type.GetString() ?? kind : kind,
                    "error" => fault.Value.TryGetProperty("title", out var title) ? title.GetString() ?? kind : kind,
                    _ => fault.Name,
                };
                message = fault.Value.TryGetProperty("message", out var m) ? m.GetString() ?? message : message;
            }
        }
        catch (JsonException)
        {
            // A text or HTML page (Glance, a proxy): status and text it is.
        }

        return new OsApiException(response.StatusCode, kind, message)
        {
            RetryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null),
        };
    }

    public static HostPoolException Map(OsApiException error, string operation, OpenStackCredentials credentials)
    {
        var detail = $"{operation} on {credentials} failed with {(int)error.Status} {error.Kind}: {error.ApiMessage}";
        return error.Status switch
        {
            HttpStatusCode.Unauthorized =>
                new UsageException($"{detail} Check the credentials (OS_USERNAME/OS_PASSWORD/OS_PROJECT_NAME, an application credential, or --{OpenStackFlags.Cloud})."),
            HttpStatusCode.Forbidden =>
                new UsageException($"{detail} The project's role does not allow this (the driver needs compute, network and image access, usually the 'member' role) or a quota is exhausted."),
            HttpStatusCode.BadRequest =>
                new UsageException($"{detail} Check --{OpenStackFlags.Flavor}, --{OpenStackFlags.Image}, --{OpenStackFlags.Network} and --{OpenStackFlags.FloatingIpPool}."),
            HttpStatusCode.NotFound =>
                new NotFoundException($"{detail} It was removed outside hostpool, or the catalog points at another cloud."),
            HttpStatusCode.Conflict =>
                new ConflictException($"{detail} Another change is in progress on it; wait a moment and try again.", error),
            HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.TooManyRequests =>
                new ProviderException($"{detail} The cloud kept refusing over its rate or quota limits; wait, remove hosts or ask for a higher quota.", error),
            _ when (int)error.Status >= 500 =>
                new ProviderException($"{detail} The cloud kept failing after retries; try again later.", error),
            _ => new ProviderException($"{detail} Check the request and try again.", error),
        };
    }
}

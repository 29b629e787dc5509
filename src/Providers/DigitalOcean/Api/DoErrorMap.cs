using System.Net;

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>
/// Turns an API error (shared/models/error.yml: id and message) into a <see cref="HostPoolException"/> saying what
/// the user must change. Token and scope problems and rejected input are UsageException; the rest ProviderException.
/// </summary>
internal static class DoErrorMap
{
    public static HostPoolException Map(DoApiException error, string operation, DigitalOceanConnection connection)
    {
        var detail = $"{operation} on {connection} failed with {(int)error.Status} {error.Id}: {error.ApiMessage}"
            + (error.RequestId is { } id ? $" (request {id})" : "");
        return error.Status switch
        {
            HttpStatusCode.Unauthorized =>
                new UsageException($"{detail} Check the token in {DigitalOceanFlags.TokenVariable} or --{DigitalOceanFlags.AccessToken}: it may be revoked or mistyped."),
            HttpStatusCode.Forbidden =>
                new UsageException($"{detail} The token lacks a scope this needs; give it read and write scope (droplet, ssh_key, firewall, tag, region, size, image, actions)."),
            HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest =>
                new UsageException($"{detail} Check --{DigitalOceanFlags.Size}, --{DigitalOceanFlags.Image} and --{DigitalOceanFlags.Region} (the size and image must be offered in the region; see GET /v2/sizes), or the account's droplet limit."),
            HttpStatusCode.NotFound =>
                new NotFoundException($"{detail} It was removed outside hostpool, or --{DigitalOceanFlags.ApiUrl} points at another endpoint."),
            HttpStatusCode.Conflict =>
                new ConflictException($"{detail} Another change is in progress on it; wait a moment and try again.", error),
            HttpStatusCode.TooManyRequests =>
                new ProviderException($"{detail} The API kept rate limiting after retries (5,000 requests an hour, 250 a minute per token); wait a minute and try again, or create fewer hosts at once.", error),
            _ when (int)error.Status >= 500 =>
                new ProviderException($"{detail} DigitalOcean kept failing after retries; try again later (https://status.digitalocean.com).", error),
            _ => new ProviderException($"{detail} Check the request and try again.", error),
        };
    }
}

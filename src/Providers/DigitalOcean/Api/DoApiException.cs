using System.Net;

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>
/// An error answer of the API: its status, the body's <c>id</c> and <c>message</c> (shared/models/error.yml), and for
/// 429 the rate-limit headers (retry-after seconds, ratelimit-reset epoch seconds).
/// </summary>
internal sealed class DoApiException(HttpStatusCode status, string id, string message, string? requestId = null) : Exception($"{(int)status} {id}: {message}")
{
    public HttpStatusCode Status { get; } = status;

    public string Id { get; } = id;

    public string ApiMessage { get; } = message;

    public string? RequestId { get; } = requestId;

    public TimeSpan? RetryAfter { get; init; }

    public DateTimeOffset? RateLimitReset { get; init; }

    public bool IsNotFound => Status == HttpStatusCode.NotFound;

    public bool IsTransient => Status is HttpStatusCode.TooManyRequests || (int)Status >= 500;
}

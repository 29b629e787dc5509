using System.Net;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>
/// An error answer of an OpenStack service: status, the fault's kind (Nova's "itemNotFound", Neutron's
/// "SecurityGroupInUse", Keystone's title) and message, and the Retry-After of a 413/429 overLimit.
/// </summary>
internal sealed class OsApiException(HttpStatusCode status, string kind, string message) : Exception($"{(int)status} {kind}: {message}")
{
    public HttpStatusCode Status { get; } = status;

    public string Kind { get; } = kind;

    public string ApiMessage { get; } = message;

    public TimeSpan? RetryAfter { get; init; }

    public bool IsNotFound => Status == HttpStatusCode.NotFound;

    public bool IsTransient => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestEntityTooLarge
        || ((int)Status >= 500 && Status != HttpStatusCode.NotImplemented);
}

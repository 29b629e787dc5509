namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>
/// How long to wait before retrying after a 429: the retry-after the API sent (burst limit), else until the oldest
/// request expires (ratelimit-reset), never longer than the configured cap. Other errors use the pipeline's backoff.
/// </summary>
internal static class DoRetryDelay
{
    public static TimeSpan? For(Exception? error, DateTimeOffset now, TimeSpan cap)
    {
        if (error is not DoApiException { Status: System.Net.HttpStatusCode.TooManyRequests } limited)
        {
            return null;
        }

        var wait = limited.RetryAfter
            ?? (limited.RateLimitReset is { } reset && reset > now ? reset - now : (TimeSpan?)null);
        return wait is { } asked ? (asked > cap ? cap : asked) : null;
    }
}

using Azure;

namespace HostPool.Providers.Azure;

/// <summary>Which Azure errors are worth another attempt and which mean "already gone".</summary>
internal static class AzureErrorCodes
{
    /// <summary>A resource still used by one being deleted; Azure releases it shortly.</summary>
    public static readonly IReadOnlySet<string> InUse = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "NicInUse", "PublicIPAddressCannotBeDeleted", "InUseSubnetCannotBeDeleted", "InUseNetworkSecurityGroupCannotBeDeleted",
        "NicReservedForAnotherVm", "AnotherOperationInProgress", "RetryableError", "ReferencedResourceNotProvisioned",
    };

    public static bool IsTransient(Exception error) => error switch
    {
        RequestFailedException { Status: 429 or 408 or 500 or 502 or 503 or 504 } => true,
        RequestFailedException { Status: 0 } => true,
        RequestFailedException failed when failed.ErrorCode is { } code && InUse.Contains(code) => true,
        HttpRequestException => true,
        _ => false,
    };

    public static bool IsNotFound(RequestFailedException error) => error.Status == 404;

    /// <summary>The delay Azure asked for with Retry-After (seconds or an HTTP date), if any.</summary>
    public static TimeSpan? RetryAfter(Exception? error, DateTimeOffset now)
    {
        if (error is not RequestFailedException failed || failed.GetRawResponse() is not { } response || !response.Headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) && at > now
            ? at - now
            : null;
    }
}

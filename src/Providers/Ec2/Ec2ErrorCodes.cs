using System.Net;
using Amazon.EC2;
using Amazon.Runtime;

namespace HostPool.Providers.Ec2;

/// <summary>Which EC2 errors are transient (worth a retry), which mean "already gone" and which need the user.</summary>
internal static class Ec2ErrorCodes
{
    public const string Throttling = "RequestLimitExceeded";
    public const string Capacity = "InsufficientInstanceCapacity";

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        Throttling, "Throttling", "ThrottlingException", "InternalError", "InternalFailure", "ServiceUnavailable", "Unavailable",
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.Ordinal)
    {
        "InvalidInstanceID.NotFound", "InvalidKeyPair.NotFound", "InvalidGroup.NotFound", "InvalidGroupId.NotFound",
    };

    public static string? Code(Exception exception) => (exception as AmazonServiceException)?.ErrorCode;

    public static bool IsNotFound(Exception exception) => Code(exception) is { } code && NotFoundCodes.Contains(code);

    public static bool IsCapacity(Exception exception) => Code(exception) is Capacity or "InsufficientAddressCapacity" or "InsufficientHostCapacity";

    /// <summary>Throttling, server-side errors and network failures: worth a retry with backoff.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        AmazonServiceException service when IsCapacity(service) => false,
        AmazonServiceException service when service.ErrorCode is { } code && TransientCodes.Contains(code) => true,
        AmazonServiceException service when (int)service.StatusCode >= 500 => true,
        AmazonServiceException { StatusCode: HttpStatusCode.TooManyRequests } => true,
        AmazonServiceException service when service.StatusCode == 0 && service.InnerException is HttpRequestException or IOException => true,
        HttpRequestException or IOException => true,
        AmazonClientException { InnerException: HttpRequestException or IOException } => true,
        _ => false,
    };

    public static bool IsEc2(Exception exception) => exception is AmazonEC2Exception;
}

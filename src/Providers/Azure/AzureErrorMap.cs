using Azure;
using Azure.Identity;

namespace HostPool.Providers.Azure;

/// <summary>
/// Turns an Azure error into a <see cref="HostPoolException"/> whose message says what the user must change. Errors of
/// the user's input, account or quota become UsageException; the rest ProviderException.
/// </summary>
internal static class AzureErrorMap
{
    public static HostPoolException Map(RequestFailedException error, string action, AzureConnection connection)
    {
        var code = error.ErrorCode ?? error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detail = $"{action} on {connection} failed with {code} ({error.Status}): {FirstLine(error.Message)}";
        return code switch
        {
            "AuthenticationFailed" or "InvalidAuthenticationToken" or "InvalidAuthenticationTokenTenant" or "ExpiredAuthenticationToken" =>
                new UsageException($"{detail} Check the credentials (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET) and --{AzureFlags.AuthorityHost}."),
            "AuthorizationFailed" or "LinkedAuthorizationFailed" =>
                new UsageException($"{detail} Give the service principal the Contributor role (or one allowing Microsoft.Compute and Microsoft.Network writes) on the subscription or resource group."),
            "SubscriptionNotFound" or "InvalidSubscriptionId" or "SubscriptionNotRegistered" or "MissingSubscriptionRegistration" =>
                new UsageException($"{detail} Check --{AzureFlags.SubscriptionId}, and register the Microsoft.Compute and Microsoft.Network providers on it (az provider register)."),
            "SkuNotAvailable" or "ZonalAllocationFailed" or "AllocationFailed" or "OverconstrainedAllocationRequest" or "OverconstrainedZonalAllocationRequest" =>
                new UsageException($"{detail} This VM size has no capacity or is not offered there: choose another --{AzureFlags.VmSize}, --{AzureFlags.Zone} or --{AzureFlags.Location} (az vm list-skus -l LOCATION)."),
            "OperationNotAllowed" or "QuotaExceeded" or "PublicIPCountLimitReached" or "ResourceQuotaExceeded" =>
                new UsageException($"{detail} A quota of the subscription is used up: remove hosts, choose a smaller --{AzureFlags.VmSize}, or request more quota (Azure portal, Quotas)."),
            "LocationNotAvailableForResourceType" or "NoRegisteredProviderFound" or "InvalidLocation" =>
                new UsageException($"{detail} Choose another --{AzureFlags.Location}."),
            "ImageNotFound" or "PlatformImageNotFound" or "InvalidTemplateDeployment" =>
                new UsageException($"{detail} Give an image offered in that location with --{AzureFlags.Image} (az vm image list), or leave it out for the current Ubuntu LTS."),
            "InvalidParameter" or "InvalidRequestContent" or "BadRequest" or "InvalidResourceName" =>
                new UsageException($"{detail} Check the azure flags (size, image, disk, user and zone must suit each other; see 'hostpool create --help')."),
            "Conflict" or "ResourceGroupBeingDeleted" =>
                new ConflictException($"{detail} Another operation holds the resource; wait for it, or run 'hostpool gc --driver azure', then try again.", error),
            _ when error.Status == 429 =>
                new ProviderException($"{detail} Azure kept throttling after retries; wait a few minutes and try again, or create fewer hosts at once.", error),
            _ when error.Status >= 500 =>
                new ProviderException($"{detail} Azure kept failing after retries; try again later (https://status.azure.com).", error),
            _ => new ProviderException($"{detail} Check the request and try again.", error),
        };
    }

    public static HostPoolException Map(AuthenticationFailedException error, string action, AzureConnection connection) =>
        new UsageException(
            $"{action} on {connection} could not sign in to Azure: {FirstLine(error.Message)} Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET " +
            $"(or --{AzureFlags.TenantId}, --{AzureFlags.ClientId}, --{AzureFlags.ClientSecret}), sign in with 'az login', and check --{AzureFlags.AuthorityHost}.");

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>ARM's error envelope {"error":{"code","message"}} with the statuses of the authored samples (shared/api-samples/azure/authored/arm).</summary>
internal static class ArmErrors
{
    private static readonly Dictionary<string, int> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ResourceNotFound"] = 404,
        ["ResourceGroupNotFound"] = 404,
        ["SubscriptionNotFound"] = 404,
        ["AuthorizationFailed"] = 403,
        ["AuthenticationFailed"] = 401,
        ["InvalidAuthenticationToken"] = 401,
        ["SkuNotAvailable"] = 409,
        ["OperationNotAllowed"] = 409,
        ["AnotherOperationInProgress"] = 409,
        ["AllocationFailed"] = 409,
        ["SubscriptionRequestsThrottled"] = 429,
        ["PublicIPAddressCannotBeDeleted"] = 400,
        ["NicInUse"] = 400,
        ["InUseSubnetCannotBeDeleted"] = 400,
        ["InUseNetworkSecurityGroupCannotBeDeleted"] = 400,
        ["InvalidResourceReference"] = 400,
        ["InvalidParameter"] = 400,
        ["MissingApiVersionParameter"] = 400,
        ["LocationNotAvailableForResourceType"] = 400,
        ["InternalServerError"] = 500,
    };

    public static int StatusOf(string code) => Statuses.GetValueOrDefault(code, 500);

    public static JsonObject Body(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    public static SimResponse Error(string code, string message) => new(StatusOf(code), Body(code, message));

    public static SimResponse NotFound(string type, string name, string group) =>
        Error("ResourceNotFound", $"The Resource '{type}/{name}' under resource group '{group}' was not found.");

    public static SimResponse GroupNotFound(string group) => Error("ResourceGroupNotFound", $"Resource group '{group}' could not be found.");

    public static SimResponse Throttled(int retryAfterSeconds) =>
        Error("SubscriptionRequestsThrottled", $"Number of requests for the subscription exceeded. Please try again after '{retryAfterSeconds}' seconds.")
            .With("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

namespace HostPool.CloudSim.Azure;

/// <summary>How the Azure simulator behaves: its one subscription and tenant, how long VM operations take, the Retry-After it sends.</summary>
public sealed record AzureSimOptions
{
    public const string DefaultSubscription = "00000000-0000-0000-0000-0000000000a1";
    public const string DefaultTenant = "00000000-0000-0000-0000-0000000000aa";

    public string SubscriptionId { get; init; } = DefaultSubscription;

    public string TenantId { get; init; } = DefaultTenant;

    /// <summary>When set, the token endpoint refuses any other client secret (invalid_client); otherwise any is accepted.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>How long a VM create, start, stop or delete stays in progress after the machine backend's work is done.</summary>
    public TimeSpan TransitionTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Seconds in Retry-After on a throttled (429) answer.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Locations offered by the providers; others are refused with LocationNotAvailableForResourceType.</summary>
    public IReadOnlyList<string> Locations { get; init; } = ["eastus", "westeurope", "northeurope", "westus2"];

    /// <summary>VM sizes refused with SkuNotAvailable (as when a size is not offered in a location).</summary>
    public IReadOnlyList<string> UnavailableSizes { get; init; } = ["Standard_ND96amsr_A100_v4"];
}

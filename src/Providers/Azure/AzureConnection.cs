namespace HostPool.Providers.Azure;

/// <summary>
/// Where and as whom the driver talks to Azure Resource Manager. With tenant, client id and secret a service principal
/// signs in; otherwise Azure.Identity's default chain (environment, workload identity, managed identity, Azure CLI).
/// The secret is never stored: stored hosts read it again from AZURE_CLIENT_SECRET.
/// </summary>
public sealed record AzureConnection(string SubscriptionId)
{
    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public Uri ArmEndpoint { get; init; } = new(AzureFlags.DefaultArmEndpoint);

    public Uri AuthorityHost { get; init; } = new(AzureFlags.DefaultAuthorityHost);

    /// <summary>A PEM (or DER) CA certificate trusted for these two endpoints only, instead of the system's trust.</summary>
    public string? CaCertificateFile { get; init; }

    public override string ToString() => $"Azure subscription {SubscriptionId} at {ArmEndpoint}";
}

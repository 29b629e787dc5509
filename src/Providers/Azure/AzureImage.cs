namespace HostPool.Providers.Azure;

/// <summary>A marketplace image, as the az CLI writes it: publisher:offer:sku:version.</summary>
internal sealed record AzureImage(string Publisher, string Offer, string Sku, string Version)
{
    public static AzureImage? TryParse(string urn)
    {
        var parts = urn.Split(':');
        return parts.Length == 4 && parts.All(p => p.Length > 0) ? new AzureImage(parts[0], parts[1], parts[2], parts[3]) : null;
    }

    public override string ToString() => $"{Publisher}:{Offer}:{Sku}:{Version}";
}

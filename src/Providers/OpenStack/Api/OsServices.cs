namespace HostPool.Providers.OpenStack.Api;

/// <summary>The catalog's service types the driver uses.</summary>
internal static class OsServices
{
    public const string Compute = "compute";
    public const string Network = "network";
    public const string Image = "image";
}

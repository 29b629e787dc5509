using System.Text.Json;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>A Keystone token (from X-Subject-Token) with its issue and expiry times and the service catalog it came with.</summary>
internal sealed record OsToken(string Value, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, JsonElement Catalog)
{
    /// <summary>
    /// When to stop using the token and authenticate again: a minute before it expires, or a tenth of its lifetime
    /// before for tokens that live less than ten minutes (else a short-lived token would be renewed before every call).
    /// </summary>
    public DateTimeOffset RenewAt
    {
        get
        {
            var tenth = (ExpiresAt - IssuedAt) / 10;
            return ExpiresAt - (tenth < TimeSpan.FromMinutes(1) && tenth > TimeSpan.Zero ? tenth : TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>The URL of <paramref name="serviceType"/> for the interface and region asked for, without a trailing slash.</summary>
    public string Endpoint(string serviceType, OpenStackCredentials credentials)
    {
        foreach (var service in Catalog.EnumerateArray())
        {
            if (service.GetProperty("type").GetString() != serviceType)
            {
                continue;
            }

            foreach (var endpoint in service.GetProperty("endpoints").EnumerateArray())
            {
                var region = endpoint.TryGetProperty("region_id", out var id) ? id.GetString() : endpoint.TryGetProperty("region", out var r) ? r.GetString() : null;
                if (endpoint.GetProperty("interface").GetString() == credentials.Interface && (credentials.Region is null || region == credentials.Region))
                {
                    return endpoint.GetProperty("url").GetString()!.TrimEnd('/');
                }
            }
        }

        throw new UsageException(
            $"The token's catalog has no {credentials.Interface} '{serviceType}' endpoint" + (credentials.Region is null ? "" : $" in region {credentials.Region}") +
            $". Check --{OpenStackFlags.Region} and --{OpenStackFlags.Interface} (OS_REGION_NAME, OS_INTERFACE); 'openstack catalog list' shows what exists.");
    }
}

using System.Text.Json;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>A server's addresses (Nova's <c>addresses</c>) and the floating IPs of a port (Neutron).</summary>
internal static class OpenStackAddresses
{
    public static string? Fixed(JsonElement server) => Address(server, "fixed");

    public static string? Floating(JsonElement server) => Address(server, "floating");

    public static async Task<IReadOnlyList<JsonElement>> FloatingIpsOfPortAsync(OsApi api, string portId, CancellationToken cancellationToken) =>
        [.. (await api.SendAsync(OsServices.Network, "floatingips_list", HttpMethod.Get, $"v2.0/floatingips?port_id={portId}", null, cancellationToken))!
            .Value.GetProperty("floatingips").EnumerateArray().Select(f => f.Clone())];

    private static string? Address(JsonElement server, string type) =>
        server.TryGetProperty("addresses", out var networks) && networks.ValueKind == JsonValueKind.Object
            ? networks.EnumerateObject().SelectMany(n => n.Value.EnumerateArray())
                .FirstOrDefault(a => a.GetProperty("version").GetInt32() == 4 && (!a.TryGetProperty("OS-EXT-IPS:type", out var t) || t.GetString() == type)) is { ValueKind: JsonValueKind.Object } found
                ? found.GetProperty("addr").GetString()
                : null
            : null;
}

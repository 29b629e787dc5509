using System.Text.Json;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>Flavor (Nova), image (Glance) and networks (Neutron) by name or id, with what to do when one is not found or ambiguous.</summary>
internal static class OpenStackLookup
{
    public static async Task<string> FlavorAsync(OsApi api, string nameOrId, CancellationToken cancellationToken)
    {
        var flavors = (await api.SendAsync(OsServices.Compute, "flavors_list", HttpMethod.Get, "flavors", null, cancellationToken))!.Value.GetProperty("flavors");
        return One(flavors, nameOrId, "flavor", OpenStackFlags.Flavor, "openstack flavor list");
    }

    public static async Task<string> ImageAsync(OsApi api, string nameOrId, CancellationToken cancellationToken)
    {
        var byName = (await api.SendAsync(OsServices.Image, "images_list", HttpMethod.Get, $"v2/images?name={OsApi.Query(nameOrId)}&status=active", null, cancellationToken))!.Value.GetProperty("images");
        if (byName.GetArrayLength() > 0)
        {
            return One(byName, nameOrId, "image", OpenStackFlags.Image, "openstack image list");
        }

        var byId = await api.GetOrMissingAsync(OsServices.Image, "images_get", $"v2/images/{OsApi.Query(nameOrId)}", cancellationToken);
        return byId?.GetProperty("id").GetString()
            ?? throw new UsageException($"No active image '{nameOrId}' in Glance. Give --{OpenStackFlags.Image} as a name or id from 'openstack image list'.");
    }

    /// <summary>The network by name or id; without one, the project's only network that is not external.</summary>
    public static async Task<string> NetworkAsync(OsApi api, string? nameOrId, CancellationToken cancellationToken)
    {
        var networks = (await api.SendAsync(OsServices.Network, "networks_list", HttpMethod.Get, "v2.0/networks", null, cancellationToken))!.Value.GetProperty("networks");
        if (nameOrId is not null)
        {
            return One(networks, nameOrId, "network", OpenStackFlags.Network, "openstack network list");
        }

        var internalNetworks = networks.EnumerateArray().Where(n => !(n.TryGetProperty("router:external", out var external) && external.GetBoolean())).ToList();
        return internalNetworks.Count == 1
            ? internalNetworks[0].GetProperty("id").GetString()!
            : throw new UsageException($"The project has {internalNetworks.Count} non-external networks; choose one with --{OpenStackFlags.Network} (see 'openstack network list').");
    }

    /// <summary>An external network by name or id (the floating IP pool).</summary>
    public static async Task<string> ExternalNetworkAsync(OsApi api, string nameOrId, CancellationToken cancellationToken)
    {
        var networks = (await api.SendAsync(OsServices.Network, "networks_list", HttpMethod.Get, "v2.0/networks?router:external=true", null, cancellationToken))!.Value.GetProperty("networks");
        return One(networks, nameOrId, "external network", OpenStackFlags.FloatingIpPool, "openstack network list --external");
    }

    private static string One(JsonElement items, string nameOrId, string what, string flag, string command)
    {
        var matches = items.EnumerateArray().Where(i => i.GetProperty("id").GetString() == nameOrId || i.GetProperty("name").GetString() == nameOrId).ToList();
        return matches.Count switch
        {
            1 => matches[0].GetProperty("id").GetString()!,
            0 => throw new UsageException($"No {what} '{nameOrId}'. Give --{flag} as a name or id from '{command}'."),
            _ => throw new UsageException($"{matches.Count} {what}s are named '{nameOrId}'. Give --{flag} as an id from '{command}'."),
        };
    }
}

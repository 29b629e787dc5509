using HostPool.Providers.Model;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// Removes a host's OpenStack resources: floating IPs first (journaled, and any on the server's ports: deleting a server
/// only disassociates them, the classic leak), the servers (journaled, or found by create tag) deleted and waited for,
/// the key pair, and the pool's security groups when no server of the pool is left. Not-found is success everywhere.
/// </summary>
internal sealed class OpenStackRemoval(OpenStackServices services)
{
    public async Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.Resources.Count == 0 && host.ProviderData.Count == 0)
        {
            return;
        }

        var api = services.Connect(OpenStackOptions.CredentialsOf(host));
        var servers = host.Resources.Where(r => r.Kind == OpenStackResourceKinds.Server).Select(r => r.Id).ToList();
        if (host.ProviderData.GetValueOrDefault(OpenStackResourceKinds.DataCreateTag) is { } createTag)
        {
            servers.AddRange(await OpenStackCreate.ByCreateTagAsync(api, createTag, cancellationToken));
        }

        var floatingIps = host.Resources.Where(r => r.Kind == OpenStackResourceKinds.FloatingIp).Select(r => r.Id).ToList();
        foreach (var server in servers.Distinct())
        {
            var ports = await api.SendAsync(OsServices.Network, "ports_list", HttpMethod.Get, $"v2.0/ports?device_id={server}", null, cancellationToken);
            foreach (var port in ports!.Value.GetProperty("ports").EnumerateArray())
            {
                floatingIps.AddRange((await OpenStackAddresses.FloatingIpsOfPortAsync(api, port.GetProperty("id").GetString()!, cancellationToken)).Select(f => f.GetProperty("id").GetString()!));
            }
        }

        foreach (var floatingIp in floatingIps.Distinct())
        {
            await api.DeleteAsync(OsServices.Network, "floatingips_delete", $"v2.0/floatingips/{floatingIp}", cancellationToken);
        }

        await DeleteServersAsync(api, [.. servers.Distinct()], cancellationToken);

        var keys = host.Resources.Where(r => r.Kind == OpenStackResourceKinds.KeyPair).Select(r => r.Id)
            .Concat(host.ProviderData.GetValueOrDefault(OpenStackResourceKinds.DataKeyName) is { } keyName ? [keyName] : []);
        foreach (var key in keys.Distinct())
        {
            await api.DeleteAsync(OsServices.Compute, "keypairs_delete", $"os-keypairs/{OsApi.Query(key)}", cancellationToken);
        }

        var groups = host.Resources.Where(r => r.Kind == OpenStackResourceKinds.SecurityGroup).Select(r => r.Id)
            .Concat(await OpenStackSecurityGroup.FindAsync(api, host.Pool, cancellationToken));
        foreach (var group in groups.Distinct())
        {
            await OpenStackSecurityGroup.DeleteIfUnusedAsync(api, host.Pool, group, cancellationToken);
        }
    }

    public async Task DeleteServersAsync(OsApi api, IReadOnlyList<string> servers, CancellationToken cancellationToken)
    {
        foreach (var server in servers)
        {
            await api.DeleteAsync(OsServices.Compute, "servers_delete", $"servers/{server}", cancellationToken);
        }

        foreach (var server in servers)
        {
            await services.Waits.ServerAsync(api, server, null, cancellationToken);
        }
    }
}

using HostPool.Providers.Model;
using HostPool.Providers.OpenStack.Api;
using HostPool.Providers.Store;

namespace HostPool.Providers.OpenStack;

internal sealed class OpenStackGarbageCollector(IHostStore store, OpenStackServices services) : IOpenStackGarbageCollector
{
    public async Task<IReadOnlyList<OpenStackOrphan>> FindAsync(OpenStackCredentials credentials, CancellationToken cancellationToken)
    {
        var api = services.Connect(credentials);
        var owners = (await store.ListAsync(cancellationToken)).Where(h => h.Driver == OpenStackDriver.DriverName && h.State is not HostState.Creating).ToList();
        var owned = owners.SelectMany(h => h.Resources.Select(r => r.Id)).Concat(owners.Select(h => h.ProviderId ?? "")).ToHashSet(StringComparer.Ordinal);
        var ownedPools = owners.Select(h => h.Pool).ToHashSet(StringComparer.Ordinal);
        var orphans = new List<OpenStackOrphan>();

        var servers = (await api.SendAsync(OsServices.Compute, "servers_list", HttpMethod.Get, $"servers/detail?tags={OpenStackTags.Marker}", null, cancellationToken))!.Value.GetProperty("servers");
        foreach (var server in servers.EnumerateArray().Where(s => !owned.Contains(s.GetProperty("id").GetString()!)))
        {
            var metadata = server.GetProperty("metadata");
            orphans.Add(new OpenStackOrphan("server", server.GetProperty("id").GetString()!, Meta(metadata, "hostpool:pool"), Meta(metadata, "hostpool:host"), server.GetProperty("status").GetString() ?? ""));
        }

        var keys = (await api.SendAsync(OsServices.Compute, "keypairs_list", HttpMethod.Get, "os-keypairs", null, cancellationToken))!.Value.GetProperty("keypairs");
        foreach (var name in keys.EnumerateArray().Select(k => k.GetProperty("keypair").GetProperty("name").GetString()!).Where(n => !owned.Contains(n)))
        {
            if (OpenStackTags.OfKeyName(name) is var (pool, host))
            {
                orphans.Add(new OpenStackOrphan("key-pair", name, pool, host, name));
            }
        }

        // Tags come after the create: a create killed in between left a floating IP known by its description, a group by its name and description.
        var floatingIps = (await api.SendAsync(OsServices.Network, "floatingips_list", HttpMethod.Get, "v2.0/floatingips", null, cancellationToken))!.Value.GetProperty("floatingips");
        foreach (var floating in floatingIps.EnumerateArray().Where(f => !owned.Contains(f.GetProperty("id").GetString()!)))
        {
            var description = floating.TryGetProperty("description", out var d) ? d.GetString() : null;
            if ((OpenStackTags.PoolOf(OpenStackSecurityGroup.Tags(floating)) is { } tagged ? (tagged, null) : OpenStackTags.OfFloatingIpDescription(description)) is var (pool, host))
            {
                orphans.Add(new OpenStackOrphan("floating-ip", floating.GetProperty("id").GetString()!, pool, host, floating.GetProperty("floating_ip_address").GetString() ?? ""));
            }
        }

        var groups = (await api.SendAsync(OsServices.Network, "security_groups_list", HttpMethod.Get, "v2.0/security-groups", null, cancellationToken))!.Value.GetProperty("security_groups");
        foreach (var group in groups.EnumerateArray())
        {
            var name = group.GetProperty("name").GetString() ?? "";
            var pool = OpenStackTags.PoolOf(OpenStackSecurityGroup.Tags(group))
                ?? (name.StartsWith("hostpool-", StringComparison.Ordinal) && group.TryGetProperty("description", out var d) && d.GetString() == OpenStackTags.GroupDescription(name["hostpool-".Length..])
                    ? name["hostpool-".Length..]
                    : null);
            if (pool is not null && !ownedPools.Contains(pool))
            {
                orphans.Add(new OpenStackOrphan("security-group", group.GetProperty("id").GetString()!, pool, null, name));
            }
        }

        return orphans;
    }

    public async Task<OpenStackGcResult> DeleteAsync(OpenStackCredentials credentials, IReadOnlyList<OpenStackOrphan> orphans, CancellationToken cancellationToken)
    {
        var api = services.Connect(credentials);
        var deleted = new List<OpenStackOrphan>();
        foreach (var floatingIp in orphans.Where(o => o.Kind == "floating-ip"))
        {
            await api.DeleteAsync(OsServices.Network, "floatingips_delete", $"v2.0/floatingips/{floatingIp.Id}", cancellationToken);
            deleted.Add(floatingIp);
        }

        var servers = orphans.Where(o => o.Kind == "server").ToList();
        await new OpenStackRemoval(services).DeleteServersAsync(api, [.. servers.Select(o => o.Id)], cancellationToken);
        deleted.AddRange(servers);
        foreach (var key in orphans.Where(o => o.Kind == "key-pair"))
        {
            await api.DeleteAsync(OsServices.Compute, "keypairs_delete", $"os-keypairs/{OsApi.Query(key.Id)}", cancellationToken);
            deleted.Add(key);
        }

        var kept = new List<(OpenStackOrphan, string)>();
        foreach (var group in orphans.Where(o => o.Kind == "security-group"))
        {
            if (await OpenStackSecurityGroup.DeleteIfUnusedAsync(api, group.Pool, group.Id, cancellationToken))
            {
                deleted.Add(group);
            }
            else
            {
                kept.Add((group, "a server of its pool still exists"));
            }
        }

        return new OpenStackGcResult(deleted, kept);
    }

    private static string Meta(System.Text.Json.JsonElement metadata, string key) =>
        metadata.TryGetProperty(key, out var value) ? value.GetString() ?? "" : "";
}

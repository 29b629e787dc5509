using System.Globalization;
using HostPool.Providers.DigitalOcean.Api;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.DigitalOcean;

internal sealed class DigitalOceanGarbageCollector(IHostStore store, DigitalOceanServices services) : IDigitalOceanGarbageCollector
{
    public async Task<IReadOnlyList<DigitalOceanOrphan>> FindAsync(DigitalOceanConnection connection, CancellationToken cancellationToken)
    {
        var api = services.Connect(connection);
        var owners = (await store.ListAsync(cancellationToken))
            .Where(h => h.Driver == DigitalOceanDriver.DriverName && h.State is not HostState.Creating)
            .ToList();
        var owned = owners.SelectMany(h => h.Resources.Select(r => r.Id))
            .Concat(owners.Select(h => h.ProviderId ?? ""))
            .Concat(owners.Select(h => h.ProviderData.GetValueOrDefault(DigitalOceanResourceKinds.DataKeyFingerprint) ?? ""))
            .ToHashSet(StringComparer.Ordinal);
        var ownedPools = owners.Select(h => h.Pool).ToHashSet(StringComparer.Ordinal);

        var orphans = new List<DigitalOceanOrphan>();
        var droplets = await api.ListAsync<DoDroplet>("droplets_list", $"v2/droplets?tag_name={DigitalOceanTags.Marker}", "droplets", cancellationToken);
        orphans.AddRange(droplets.Where(d => !owned.Contains(Id(d.Id)))
            .Select(d => new DigitalOceanOrphan("droplet", Id(d.Id), DigitalOceanTags.PoolOf(d.Tags) ?? "", DigitalOceanTags.HostOf(d.Tags), $"{d.Status} {d.SizeSlug} {d.Region?.Slug}")));

        var keys = await api.ListAsync<DoSshKey>("sshKeys_list", "v2/account/keys", "ssh_keys", cancellationToken);
        foreach (var key in keys.Where(k => !owned.Contains(Id(k.Id)) && !owned.Contains(k.Fingerprint)))
        {
            if (DigitalOceanTags.OfKeyName(key.Name) is var (pool, host))
            {
                orphans.Add(new DigitalOceanOrphan("ssh-key", Id(key.Id), pool, host, key.Name));
            }
        }

        var firewalls = await api.ListAsync<DoFirewall>("firewalls_list", "v2/firewalls", "firewalls", cancellationToken);
        orphans.AddRange(firewalls
            .Where(f => DigitalOceanTags.PoolOf(f.Tags) is { } pool && f.Name == DigitalOceanTags.FirewallName(pool) && !ownedPools.Contains(pool))
            .Select(f => new DigitalOceanOrphan("firewall", f.Id!, DigitalOceanTags.PoolOf(f.Tags)!, null, f.Name)));
        return orphans;
    }

    public async Task<DigitalOceanGcResult> DeleteAsync(DigitalOceanConnection connection, IReadOnlyList<DigitalOceanOrphan> orphans, CancellationToken cancellationToken)
    {
        var api = services.Connect(connection);
        var deleted = new List<DigitalOceanOrphan>();
        var kept = new List<(DigitalOceanOrphan, string)>();
        var droplets = orphans.Where(o => o.Kind == "droplet").ToList();
        await new DigitalOceanRemoval(services).DeleteDropletsAsync(api, [.. droplets.Select(d => long.Parse(d.Id, CultureInfo.InvariantCulture))], cancellationToken);
        deleted.AddRange(droplets);

        foreach (var key in orphans.Where(o => o.Kind == "ssh-key"))
        {
            await api.DeleteAsync("sshKeys_delete", $"v2/account/keys/{key.Id}", cancellationToken);
            deleted.Add(key);
        }

        foreach (var firewall in orphans.Where(o => o.Kind == "firewall"))
        {
            if (await services.Firewall.DeleteIfUnusedAsync(api, firewall.Pool, firewall.Id, cancellationToken))
            {
                deleted.Add(firewall);
            }
            else
            {
                kept.Add((firewall, "a droplet of its pool still exists"));
            }
        }

        return new DigitalOceanGcResult(deleted, kept);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

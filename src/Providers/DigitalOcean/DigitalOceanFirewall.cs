using HostPool.Providers.DigitalOcean.Api;

namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// The pool's one cloud firewall ("hostpool-POOL", applied by the pool tag): made by the pool's first host and deleted
/// with its last. Firewall names are not unique on DigitalOcean, so when creates race, every one of them keeps the
/// oldest firewall of that name and deletes the others.
/// </summary>
internal sealed class DigitalOceanFirewall
{
    /// <summary>The pool firewall's id, made when missing.</summary>
    public async Task<string> EnsureAsync(DoApi api, string pool, string sourceCidr, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(api, pool, cancellationToken);
        if (existing.Count > 0)
        {
            return existing[0].Id!;
        }

        await api.PostAsync<DoFirewall>("firewalls_create", "v2/firewalls", DigitalOceanRequests.Firewall(pool, sourceCidr), "firewall", cancellationToken);
        var all = await FindAsync(api, pool, cancellationToken);
        if (all.Count == 0)
        {
            throw new ProviderException($"Firewall {DigitalOceanTags.FirewallName(pool)} was created but is not listed; try again.");
        }

        foreach (var duplicate in all.Skip(1))
        {
            await api.DeleteAsync("firewalls_delete", $"v2/firewalls/{duplicate.Id}", cancellationToken);
        }

        return all[0].Id!;
    }

    public static async Task<bool> ExistsAsync(DoApi api, string firewallId, CancellationToken cancellationToken) =>
        await api.GetOrMissingAsync<DoFirewall>("firewalls_get", $"v2/firewalls/{firewallId}", "firewall", cancellationToken) is not null;

    /// <summary>Deletes the firewall unless a droplet of the pool still exists; true when it is gone.</summary>
    public async Task<bool> DeleteIfUnusedAsync(DoApi api, string pool, string firewallId, CancellationToken cancellationToken)
    {
        var members = await api.ListAsync<DoDroplet>("droplets_list", $"v2/droplets?tag_name={Uri.EscapeDataString(DigitalOceanTags.Pool(pool))}", "droplets", cancellationToken);
        if (members.Count > 0)
        {
            return false;
        }

        await api.DeleteAsync("firewalls_delete", $"v2/firewalls/{firewallId}", cancellationToken);
        return true;
    }

    /// <summary>The pool's firewalls, oldest first (ties broken by id), so racing creates agree on which one to keep.</summary>
    public static async Task<IReadOnlyList<DoFirewall>> FindAsync(DoApi api, string pool, CancellationToken cancellationToken) =>
        [.. (await api.ListAsync<DoFirewall>("firewalls_list", "v2/firewalls", "firewalls", cancellationToken))
            .Where(f => f.Name == DigitalOceanTags.FirewallName(pool) && f.Id is not null)
            .OrderBy(f => f.CreatedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)];
}

using System.Globalization;
using HostPool.Providers.DigitalOcean.Api;
using HostPool.Providers.Model;

namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// Removes a host's DigitalOcean resources: its droplets (journaled, or found by the create tag when the answer was
/// lost) deleted and waited for until the API no longer knows them, its SSH key (by id and by fingerprint), and the
/// pool's firewall when no droplet of the pool is left. Anything already gone counts as removed, so this is rollback,
/// `rm`, and safe to repeat.
/// </summary>
internal sealed class DigitalOceanRemoval(DigitalOceanServices services)
{
    public async Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.Resources.Count == 0 && host.ProviderData.Count == 0)
        {
            return;
        }

        var api = services.Connect(DigitalOceanOptions.ConnectionOf(host));
        var droplets = host.Resources.Where(r => r.Kind == DigitalOceanResourceKinds.Droplet).Select(r => long.Parse(r.Id, CultureInfo.InvariantCulture)).ToList();
        if (host.ProviderData.GetValueOrDefault(DigitalOceanResourceKinds.DataCreateTag) is { } createTag)
        {
            droplets.AddRange((await DigitalOceanCreate.ByCreateTagAsync(api, createTag, cancellationToken)).Select(d => d.Id));
        }

        await DeleteDropletsAsync(api, [.. droplets.Distinct()], cancellationToken);

        foreach (var key in host.Resources.Where(r => r.Kind == DigitalOceanResourceKinds.SshKey))
        {
            await api.DeleteAsync("sshKeys_delete", $"v2/account/keys/{key.Id}", cancellationToken);
        }

        if (host.ProviderData.GetValueOrDefault(DigitalOceanResourceKinds.DataKeyFingerprint) is { } fingerprint)
        {
            await api.DeleteAsync("sshKeys_delete", $"v2/account/keys/{fingerprint}", cancellationToken);
        }

        // The pool's firewalls by name too: a create whose firewall answer was lost made one it never journaled.
        var firewalls = host.Resources.Where(r => r.Kind == DigitalOceanResourceKinds.Firewall).Select(r => r.Id)
            .Concat((await DigitalOceanFirewall.FindAsync(api, host.Pool, cancellationToken)).Select(f => f.Id!))
            .Distinct(StringComparer.Ordinal);
        foreach (var firewall in firewalls)
        {
            await services.Firewall.DeleteIfUnusedAsync(api, host.Pool, firewall, cancellationToken);
        }
    }

    /// <summary>Deletes the droplets and waits until each is gone.</summary>
    public async Task DeleteDropletsAsync(DoApi api, IReadOnlyList<long> dropletIds, CancellationToken cancellationToken)
    {
        foreach (var id in dropletIds)
        {
            await api.DeleteAsync("droplets_destroy", $"v2/droplets/{id}", cancellationToken);
        }

        foreach (var id in dropletIds)
        {
            await services.Waits.DropletGoneAsync(api, id, cancellationToken);
        }
    }
}

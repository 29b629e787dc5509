using System.Security.Cryptography;
using HostPool.Providers.DigitalOcean.Api;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// Creates one host's DigitalOcean resources in order, journaling each the moment it exists: the SSH key (its
/// fingerprint saved before it is added), the pool's firewall, the droplet (its unique create tag saved before the
/// POST, so a droplet whose answer was lost is found by tag), then polls the create action to completion.
/// </summary>
internal sealed class DigitalOceanCreate(HostPoolHome home, DigitalOceanServices services)
{
    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var options = DigitalOceanOptions.From(spec);
        var api = services.Connect(options.Connection);
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        await journal.SetProviderDataAsync(DigitalOceanResourceKinds.DataRegion, options.Region, cancellationToken);
        var userData = options.UserDataFile is null ? null : await File.ReadAllTextAsync(options.UserDataFile, cancellationToken);

        progress.Report("adding SSH key");
        var key = await AddKeyAsync(api, spec, suffix, journal, cancellationToken);

        progress.Report($"ensuring firewall {DigitalOceanTags.FirewallName(spec.Pool)}");
        var firewallId = await EnsureFirewallAsync(api, spec.Pool, options, journal, cancellationToken);

        progress.Report($"creating a {options.Size} droplet from {options.Image} in {options.Region}");
        var createTag = $"{spec.Name}-{suffix}";
        await journal.SetProviderDataAsync(DigitalOceanResourceKinds.DataCreateTag, createTag, cancellationToken);
        var tags = DigitalOceanTags.ForDroplet(spec.Pool, spec.Name, createTag, options.Tags);
        var answer = await api.CreateOnceAsync<CreatedDroplet>(
            "droplets_create",
            async token => (await ByCreateTagAsync(api, createTag, token)).FirstOrDefault() is { } found ? new CreatedDroplet(found, []) : null,
            "v2/droplets",
            DigitalOceanRequests.Droplet(spec.Name, options, key.Id, tags, userData),
            CreatedDroplet.Read,
            cancellationToken);
        await journal.RecordAsync(new ResourceRef(DigitalOceanResourceKinds.Droplet, Id(answer.Droplet.Id)), cancellationToken);

        progress.Report($"waiting for droplet {answer.Droplet.Id} to be active");
        if (answer.Actions.FirstOrDefault(a => a.Rel == "create") is { } create)
        {
            await services.Waits.ActionAsync(api, create.Id, $"creating droplet {answer.Droplet.Id}", cancellationToken);
        }

        var droplet = await services.Waits.DropletActiveAsync(api, answer.Droplet.Id, cancellationToken);
        if (!await DigitalOceanFirewall.ExistsAsync(api, firewallId, cancellationToken))
        {
            // The pool's last host was removed meanwhile and took the firewall with it: make it again for this droplet.
            await EnsureFirewallAsync(api, spec.Pool, options, journal, cancellationToken);
        }

        var address = droplet.Address("public")
            ?? throw new ProviderException($"Droplet {droplet.Id} has no public IPv4 address; check it in the control panel, then remove the host and create it again.");
        return new MachineHandle
        {
            Ssh = new SshEndpoint(address, DigitalOceanRequests.SshPort, options.SshUser, home.ToRelative(KeyFile(spec.Name))),
            PublicAddress = address,
            PrivateAddress = droplet.Address("private"),
            ProviderId = Id(droplet.Id),
            Region = options.Region,
        };
    }

    /// <summary>The droplets carrying a create's tag (more than one only if a create answered 5xx after taking effect).</summary>
    public static async Task<IReadOnlyList<DoDroplet>> ByCreateTagAsync(DoApi api, string createTag, CancellationToken cancellationToken) =>
        await api.ListAsync<DoDroplet>("droplets_list", $"v2/droplets?tag_name={Uri.EscapeDataString(DigitalOceanTags.Create(createTag))}", "droplets", cancellationToken);

    private async Task<DoSshKey> AddKeyAsync(DoApi api, HostSpec spec, string suffix, IResourceJournal journal, CancellationToken cancellationToken)
    {
        var name = DigitalOceanTags.KeyName(spec.Pool, spec.Name, suffix);
        var pair = SshKeyPair.Generate(name.Replace('/', '-'));
        PrivateFile.CreateDirectory(home.MachineDirectory(spec.Name));
        await pair.WriteAsync(KeyFile(spec.Name), cancellationToken);
        var fingerprint = DigitalOceanKeys.Fingerprint(pair.PublicKey);
        await journal.SetProviderDataAsync(DigitalOceanResourceKinds.DataKeyFingerprint, fingerprint, cancellationToken);

        // A retried POST whose first attempt took effect answers 422 ("already in use"): the key is then looked up by fingerprint.
        var answer = await api.TrySendAsync(
            "sshKeys_create", HttpMethod.Post, "v2/account/keys", new DoKeyCreate(name, pair.PublicKey), e => e.Status == System.Net.HttpStatusCode.UnprocessableEntity, cancellationToken);
        var key = answer.Error is null
            ? DoApi.Read<DoSshKey>(answer.Body, "ssh_key", "sshKeys_create")
            : await api.GetOrMissingAsync<DoSshKey>("sshKeys_get", $"v2/account/keys/{fingerprint}", "ssh_key", cancellationToken)
                ?? throw DoErrorMap.Map(answer.Error, "sshKeys_create", api.Connection);
        await journal.RecordAsync(new ResourceRef(DigitalOceanResourceKinds.SshKey, Id(key.Id)) { Attributes = Attributes(("fingerprint", fingerprint), ("name", name)) }, cancellationToken);
        return key;
    }

    private async Task<string> EnsureFirewallAsync(DoApi api, string pool, DigitalOceanOptions options, IResourceJournal journal, CancellationToken cancellationToken)
    {
        var id = await services.Firewall.EnsureAsync(api, pool, options.SourceCidr, cancellationToken);
        await journal.RecordAsync(
            new ResourceRef(DigitalOceanResourceKinds.Firewall, id) { Attributes = Attributes((DigitalOceanResourceKinds.ScopeAttribute, DigitalOceanResourceKinds.PoolScope)) },
            cancellationToken);
        await journal.SetProviderDataAsync(DigitalOceanResourceKinds.DataFirewall, id, cancellationToken);
        return id;
    }

    private string KeyFile(string host) => Path.Combine(home.MachineDirectory(host), SshKeyPair.PrivateKeyFileName);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Attributes(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}

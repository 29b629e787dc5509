using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.OpenStack.Api;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// Creates one host's OpenStack resources in order, journaling each the moment it exists: the imported key pair (its name
/// saved first), the pool's security group, the server (its create tag saved first, so a server whose answer was lost is
/// found by tag), polled to ACTIVE (ERROR reports Nova's fault), and a floating IP on its port when a pool is given.
/// </summary>
internal sealed class OpenStackCreate(HostPoolHome home, OpenStackServices services)
{
    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var options = OpenStackOptions.From(spec);
        var api = services.Connect(options.Credentials);
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

        progress.Report("authenticating and looking up flavor, image and network");
        var flavor = await OpenStackLookup.FlavorAsync(api, options.Flavor, cancellationToken);
        var image = await OpenStackLookup.ImageAsync(api, options.Image, cancellationToken);
        var network = await OpenStackLookup.NetworkAsync(api, options.Network, cancellationToken);
        var externalNetwork = options.FloatingIpPool is { } floatingPool ? await OpenStackLookup.ExternalNetworkAsync(api, floatingPool, cancellationToken) : null;
        var userData = options.UserDataFile is null ? null : Convert.ToBase64String(await File.ReadAllBytesAsync(options.UserDataFile, cancellationToken));

        progress.Report("importing key pair");
        var keyName = OpenStackTags.KeyName(spec.Pool, spec.Name, suffix);
        var keyFile = Path.Combine(home.MachineDirectory(spec.Name), SshKeyPair.PrivateKeyFileName);
        var key = SshKeyPair.Generate(keyName);
        PrivateFile.CreateDirectory(home.MachineDirectory(spec.Name));
        await key.WriteAsync(keyFile, cancellationToken);
        await journal.SetProviderDataAsync(OpenStackResourceKinds.DataKeyName, keyName, cancellationToken);
        await api.TrySendAsync(OsServices.Compute, "keypairs_create", HttpMethod.Post, "os-keypairs",
            new JsonObject { ["keypair"] = new JsonObject { ["name"] = keyName, ["type"] = "ssh", ["public_key"] = key.PublicKey } },
            e => e.Status == System.Net.HttpStatusCode.Conflict, cancellationToken);  // a retried import whose first attempt took effect
        await journal.RecordAsync(new ResourceRef(OpenStackResourceKinds.KeyPair, keyName), cancellationToken);

        progress.Report($"ensuring security group {OpenStackTags.GroupName(spec.Pool)}");
        var groupId = await OpenStackSecurityGroup.EnsureAsync(api, spec.Pool, options.SourceCidr, cancellationToken);
        await journal.RecordAsync(new ResourceRef(OpenStackResourceKinds.SecurityGroup, groupId), cancellationToken);
        await journal.SetProviderDataAsync(OpenStackResourceKinds.DataSecurityGroup, groupId, cancellationToken);

        progress.Report($"booting a {options.Flavor} server from {options.Image}");
        var createTag = OpenStackTags.CreateToken(spec.Name, suffix);
        await journal.SetProviderDataAsync(OpenStackResourceKinds.DataCreateTag, createTag, cancellationToken);
        var serverId = await BootAsync(api, spec, options, createTag, keyName, groupId, flavor, image, network, userData, cancellationToken);
        await journal.RecordAsync(new ResourceRef(OpenStackResourceKinds.Server, serverId), cancellationToken);

        progress.Report($"waiting for server {serverId} to be ACTIVE");
        var server = (await services.Waits.ServerAsync(api, serverId, "ACTIVE", cancellationToken))!.Value;
        var fixedAddress = OpenStackAddresses.Fixed(server)
            ?? throw new ProviderException($"Server {serverId} is ACTIVE without a fixed IPv4 address; check its network with 'openstack server show {serverId}'.");
        var address = fixedAddress;
        if (externalNetwork is not null)
        {
            progress.Report("attaching a floating IP");
            address = await FloatingIpAsync(api, spec, serverId, externalNetwork, journal, cancellationToken);
        }

        return new MachineHandle
        {
            Ssh = new SshEndpoint(address, 22, options.SshUser, home.ToRelative(keyFile)),
            PublicAddress = address,
            PrivateAddress = fixedAddress,
            ProviderId = serverId,
            Region = options.Credentials.Region,
        };
    }

    /// <summary>The servers carrying a create's tag (a lost answer, or a 5xx whose POST took effect).</summary>
    public static async Task<IReadOnlyList<string>> ByCreateTagAsync(OsApi api, string createTag, CancellationToken cancellationToken) =>
        [.. (await api.SendAsync(OsServices.Compute, "servers_list", HttpMethod.Get, $"servers?tags={OsApi.Query(OpenStackTags.Create(createTag))}", null, cancellationToken))!
            .Value.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    private static async Task<string> BootAsync(
        OsApi api, HostSpec spec, OpenStackOptions options, string createTag, string keyName, string groupId, string flavor, string image, string network, string? userData,
        CancellationToken cancellationToken)
    {
        var metadata = new JsonObject { ["hostpool:pool"] = spec.Pool, ["hostpool:host"] = spec.Name };
        foreach (var (k, v) in options.Metadata)
        {
            metadata[k] = v;
        }

        var server = new JsonObject
        {
            ["name"] = spec.Name,
            ["imageRef"] = image,
            ["flavorRef"] = flavor,
            ["key_name"] = keyName,
            ["networks"] = new JsonArray(new JsonObject { ["uuid"] = network }),
            ["security_groups"] = new JsonArray(new JsonObject { ["name"] = groupId }),
            ["metadata"] = metadata,
            ["tags"] = new JsonArray(OpenStackTags.Marker, OpenStackTags.ServerPool(spec.Pool), OpenStackTags.Create(createTag)),
        };
        if (userData is not null)
        {
            server["user_data"] = userData;
        }

        // Nova has no client token: a failed POST may still have booted the server, so a repeated attempt first looks
        // for it by its create tag, and the POST itself is never sent twice without that look.
        var first = true;
        return await api.RetryingAsync("servers_create", async token =>
        {
            if (!first && (await ByCreateTagAsync(api, createTag, token)).FirstOrDefault() is { } found)
            {
                return found;
            }

            first = false;
            var created = await api.AttemptAsync(OsServices.Compute, HttpMethod.Post, "servers", new JsonObject { ["server"] = server.DeepClone() }, token);
            return created!.Value.GetProperty("server").GetProperty("id").GetString()!;
        }, cancellationToken);
    }

    private static async Task<string> FloatingIpAsync(OsApi api, HostSpec spec, string serverId, string externalNetwork, IResourceJournal journal, CancellationToken cancellationToken)
    {
        var ports = (await api.SendAsync(OsServices.Network, "ports_list", HttpMethod.Get, $"v2.0/ports?device_id={serverId}", null, cancellationToken))!.Value.GetProperty("ports");
        var port = ports.EnumerateArray().FirstOrDefault();
        if (port.ValueKind != JsonValueKind.Object)
        {
            throw new ProviderException($"Server {serverId} has no port to attach a floating IP to; check its network with 'openstack port list --server {serverId}'.");
        }

        var portId = port.GetProperty("id").GetString()!;

        // Neutron has no client token either: a repeated attempt first takes a floating IP already on the port.
        var floating = await api.RetryingAsync("floatingips_create", async token =>
        {
            if ((await OpenStackAddresses.FloatingIpsOfPortAsync(api, portId, token)).FirstOrDefault() is { ValueKind: JsonValueKind.Object } existing)
            {
                return existing;
            }

            var created = await api.AttemptAsync(OsServices.Network, HttpMethod.Post, "v2.0/floatingips",
                new JsonObject
                {
                    ["floatingip"] = new JsonObject
                    {
                        ["floating_network_id"] = externalNetwork,
                        ["port_id"] = portId,
                        ["description"] = OpenStackTags.FloatingIpDescription(spec.Pool, spec.Name),
                    },
                },
                token);
            return created!.Value.GetProperty("floatingip").Clone();
        }, cancellationToken);

        var id = floating.GetProperty("id").GetString()!;
        await journal.RecordAsync(new ResourceRef(OpenStackResourceKinds.FloatingIp, id) { Attributes = new Dictionary<string, string> { ["port"] = portId } }, cancellationToken);
        await OpenStackSecurityGroup.TagAsync(api, "floatingips", id, [OpenStackTags.Marker, OpenStackTags.Pool(spec.Pool)], cancellationToken);
        return floating.GetProperty("floating_ip_address").GetString()!;
    }
}

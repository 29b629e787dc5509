using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.Providers.Model;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// The pool's one Neutron security group "hostpool-POOL": SSH and Docker TLS from the source range, Swarm from members of
/// the group; made by the pool's first host, deleted with its last. Names are not unique in Neutron: racing creates all
/// keep the oldest group and delete the others.
/// </summary>
internal static class OpenStackSecurityGroup
{
    public static async Task<string> EnsureAsync(OsApi api, string pool, string sourceCidr, CancellationToken cancellationToken)
    {
        if ((await FindAsync(api, pool, cancellationToken)).FirstOrDefault() is { } existing)
        {
            // A create killed after making the group may have left it without tags or rules.
            await CompleteAsync(api, pool, existing, sourceCidr, cancellationToken);
            return existing;
        }

        var created = await api.SendAsync(OsServices.Network, "security_groups_create", HttpMethod.Post, "v2.0/security-groups",
            new JsonObject { ["security_group"] = new JsonObject { ["name"] = OpenStackTags.GroupName(pool), ["description"] = OpenStackTags.GroupDescription(pool) } },
            cancellationToken);
        var id = created!.Value.GetProperty("security_group").GetProperty("id").GetString()!;
        await CompleteAsync(api, pool, id, sourceCidr, cancellationToken);

        // Racing creates (or a create whose answer was lost and was sent again) all keep the oldest group: it gets its
        // tags and rules too, in case the create that made it has not finished them, and the others are deleted.
        var all = await FindAsync(api, pool, cancellationToken);
        var keep = all.FirstOrDefault() ?? id;
        if (keep != id)
        {
            await CompleteAsync(api, pool, keep, sourceCidr, cancellationToken);
        }

        foreach (var duplicate in all.Skip(1))
        {
            // 409: a racing create's server already uses it; the pool's last removal deletes it.
            await api.TrySendAsync(OsServices.Network, "security_groups_delete", HttpMethod.Delete, $"v2.0/security-groups/{duplicate}", null,
                e => e.IsNotFound || e.Status == HttpStatusCode.Conflict, cancellationToken);
        }

        return keep;
    }

    /// <summary>Tags the group and adds its rules; a rule already there (409) or a group a racing create deleted (404) is fine.</summary>
    private static async Task CompleteAsync(OsApi api, string pool, string groupId, string sourceCidr, CancellationToken cancellationToken)
    {
        var tagged = await api.TrySendAsync(OsServices.Network, "tags_set", HttpMethod.Put, $"v2.0/security-groups/{groupId}/tags",
            TagsBody([OpenStackTags.Marker, OpenStackTags.Pool(pool)]), e => e.IsNotFound, cancellationToken);
        if (tagged.Error is not null)
        {
            return;
        }

        foreach (var rule in Rules(groupId, sourceCidr))
        {
            var answer = await api.TrySendAsync(OsServices.Network, "security_group_rules_create", HttpMethod.Post, "v2.0/security-group-rules", rule,
                e => e.Status == HttpStatusCode.Conflict || e.IsNotFound, cancellationToken);
            if (answer.Error is { Status: HttpStatusCode.NotFound })
            {
                return;
            }
        }
    }

    /// <summary>The request bodies of the group's rules (security-group-rule-create-request.json's shape).</summary>
    public static IReadOnlyList<JsonObject> Rules(string groupId, string sourceCidr) =>
    [
        .. new[] { 22, 2376 }.Select(port => Rule(groupId, "tcp", port, r => r["remote_ip_prefix"] = sourceCidr)),
        .. ClusterPorts.All.Select(swarm => Rule(groupId, swarm.Protocol, swarm.Port, r => r["remote_group_id"] = groupId)),
    ];

    /// <summary>Deletes the group unless a server of the pool is left; true when it is gone.</summary>
    public static async Task<bool> DeleteIfUnusedAsync(OsApi api, string pool, string groupId, CancellationToken cancellationToken)
    {
        var members = await api.SendAsync(OsServices.Compute, "servers_list", HttpMethod.Get, $"servers?tags={OsApi.Query(OpenStackTags.ServerPool(pool))}", null, cancellationToken);
        if (members?.GetProperty("servers").GetArrayLength() > 0)
        {
            return false;
        }

        var answer = await api.TrySendAsync(OsServices.Network, "security_groups_delete", HttpMethod.Delete, $"v2.0/security-groups/{groupId}", null,
            e => e.IsNotFound || e.Status == HttpStatusCode.Conflict, cancellationToken);
        return answer.Error is not { Status: HttpStatusCode.Conflict };
    }

    /// <summary>The ids of the pool's groups, oldest first (ties by id).</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(OsApi api, string pool, CancellationToken cancellationToken)
    {
        var answer = await api.SendAsync(OsServices.Network, "security_groups_list", HttpMethod.Get, $"v2.0/security-groups?name={OsApi.Query(OpenStackTags.GroupName(pool))}", null, cancellationToken);
        return [.. answer!.Value.GetProperty("security_groups").EnumerateArray()
            .Where(g => g.GetProperty("name").GetString() == OpenStackTags.GroupName(pool))
            .OrderBy(g => g.TryGetProperty("created_at", out var at) ? at.GetString() : "")
            .ThenBy(g => g.GetProperty("id").GetString(), StringComparer.Ordinal)
            .Select(g => g.GetProperty("id").GetString()!)];
    }

    /// <summary>PUT /v2.0/{resources}/{id}/tags: Neutron's tags on a network resource.</summary>
    public static Task TagAsync(OsApi api, string resources, string id, IReadOnlyList<string> tags, CancellationToken cancellationToken) =>
        api.SendAsync(OsServices.Network, "tags_set", HttpMethod.Put, $"v2.0/{resources}/{id}/tags", TagsBody(tags), cancellationToken);

    private static JsonObject TagsBody(IReadOnlyList<string> tags) => new() { ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]) };

    public static IReadOnlyList<string> Tags(JsonElement resource) =>
        resource.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array ? [.. tags.EnumerateArray().Select(t => t.GetString() ?? "")] : [];

    private static JsonObject Rule(string groupId, string protocol, int port, Action<JsonObject> source)
    {
        var rule = new JsonObject
        {
            ["direction"] = "ingress",
            ["ethertype"] = "IPv4",
            ["protocol"] = protocol,
            ["port_range_min"] = port,
            ["port_range_max"] = port,
            ["security_group_id"] = groupId,
        };
        source(rule);
        return new JsonObject { ["security_group_rule"] = rule };
    }
}

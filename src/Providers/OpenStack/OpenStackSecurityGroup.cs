using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// The pool's one Neutron security group "hostpool-POOL": SSH and Docker TLS from the source range, Swarm from members of
/// the group; made by the pool's first host, deleted with its last. Names are not unique in Neutron: racing creates all
/// keep the oldest group and delete the others.
/// </summary>
internal static class OpenStackSecurityGroup
{
    public static readonly IReadOnlyList<(string Protocol, int Port)> SwarmPorts = [("tcp", 2377), ("tcp", 7946), ("udp", 7946), ("udp", 4789)];

    public static async Task<string> EnsureAsync(OsApi api, string pool, string sourceCidr, CancellationToken cancellationToken)
    {
        if ((await FindAsync(api, pool, cancellationToken)).FirstOrDefault() is { } existing)
        {
            return existing;
        }

        var created = await api.SendAsync(OsServices.Network, "security_groups_create", HttpMethod.Post, "v2.0/security-groups",
            new JsonObject { ["security_group"] = new JsonObject { ["name"] = OpenStackTags.GroupName(pool), ["description"] = OpenStackTags.GroupDescription(pool) } },
            cancellationToken);
        var id = created!.Value.GetProperty("security_group").GetProperty("id").GetString()!;
        await TagAsync(api, "security-groups", id, [OpenStackTags.Marker, OpenStackTags.Pool(pool)], cancellationToken);
        foreach (var rule in Rules(id, sourceCidr))
        {
            // 409 SecurityGroupRuleExists: a racing create added it.
            await api.TrySendAsync(OsServices.Network, "security_group_rules_create", HttpMethod.Post, "v2.0/security-group-rules", rule, e => e.Status == HttpStatusCode.Conflict, cancellationToken);
        }

        var all = await FindAsync(api, pool, cancellationToken);
        foreach (var duplicate in all.Skip(1))
        {
            await api.DeleteAsync(OsServices.Network, "security_groups_delete", $"v2.0/security-groups/{duplicate}", cancellationToken);
        }

        return all.FirstOrDefault() ?? id;
    }

    /// <summary>The request bodies of the group's rules (security-group-rule-create-request.json's shape).</summary>
    public static IReadOnlyList<JsonObject> Rules(string groupId, string sourceCidr) =>
    [
        .. new[] { 22, 2376 }.Select(port => Rule(groupId, "tcp", port, r => r["remote_ip_prefix"] = sourceCidr)),
        .. SwarmPorts.Select(swarm => Rule(groupId, swarm.Protocol, swarm.Port, r => r["remote_group_id"] = groupId)),
    ];

    /// <summary>Deletes the group unless a server of the pool is left; true when it is gone.</summary>
    public static async Task<bool> DeleteIfUnusedAsync(OsApi api, string pool, string groupId, CancellationToken cancellationToken)
    {
        var members = await api.SendAsync(OsServices.Compute, "servers_list", HttpMethod.Get, $"servers?tags={OsApi.Query(OpenStackTags.Pool(pool))}", null, cancellationToken);
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
        api.SendAsync(OsServices.Network, "tags_set", HttpMethod.Put, $"v2.0/{resources}/{id}/tags", new JsonObject { ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]) }, cancellationToken);

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

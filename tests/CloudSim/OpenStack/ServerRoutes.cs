using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Nova servers: list and detail (filters name, status, tags and tags-any from 2.26; older microversions ignore tags),
/// create (202; tags need 2.52), get, delete (204) and the start, stop and reboot actions (202; 409 in the wrong state).
/// </summary>
internal sealed class ServerRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "servers", "servers_list", r => JsonResult.Ok(new JsonObject { ["servers"] = new JsonArray([.. Selected(r).Select(s => (JsonNode)OsShapes.ServerSummary(s, r))]) })),
        new("GET", "servers/detail", "servers_list", r => JsonResult.Ok(new JsonObject { ["servers"] = new JsonArray([.. Selected(r).Select(s => (JsonNode)Shape(s, r))]) })),
        new("POST", "servers", "servers_create", Create),
        new("GET", "servers/{}", "servers_get", r => JsonResult.Ok(new JsonObject { ["server"] = Shape(cloud.Server(r.Segments[1]), r) })),
        new("DELETE", "servers/{}", "servers_delete", Delete),
        new("POST", "servers/{}/action", "servers_action", r => new ServerActions(cloud).Act(r)),
    ];

    private JsonObject Shape(SimOsServer server, OsRequest request) =>
        OsShapes.Server(server, request, cloud.Ports.Where(p => p.DeviceId == server.Id), cloud.FloatingIps);

    private IEnumerable<SimOsServer> Selected(OsRequest request)
    {
        var tags = request.AtLeast(2, 26) ? request.List("tags") : [];
        var anyTags = request.AtLeast(2, 26) ? request.List("tags-any") : [];
        return cloud.Servers
            .Where(s => request.Q("name") is not { } name || s.Name.Contains(name, StringComparison.Ordinal))
            .Where(s => request.Q("status") is not { } status || s.Status == status)
            .Where(s => tags.All(s.Tags.Contains) && (anyTags.Count == 0 || anyTags.Any(s.Tags.Contains)))
            .OrderByDescending(s => s.CreatedAt);
    }

    private JsonResult Create(OsRequest request)
    {
        var body = request.Object("server");
        var name = OsRequest.Text(body, "name") is { Length: > 0 and <= 255 } n ? n : throw OsSimErrors.BadRequest(OsService.Compute, "Invalid input for field/attribute name.");
        if (body.ContainsKey("tags") && !request.AtLeast(2, 52))
        {
            throw OsSimErrors.BadRequest(OsService.Compute, "Invalid input for field/attribute server. Value: Additional properties are not allowed ('tags' was unexpected)");
        }

        var flavorRef = OsRequest.Text(body, "flavorRef") ?? "";
        var flavor = OsCatalog.Flavors.FirstOrDefault(f => f.Id == flavorRef || flavorRef.EndsWith("/flavors/" + f.Id, StringComparison.Ordinal))
            ?? throw OsSimErrors.BadRequest(OsService.Compute, $"Flavor {flavorRef} could not be found.");
        var imageRef = OsRequest.Text(body, "imageRef") ?? "";
        var image = OsCatalog.Images.FirstOrDefault(i => i.Id == imageRef) ?? throw OsSimErrors.BadRequest(OsService.Compute, "Can not find requested image");
        var networkId = Network(request, body);
        var keyName = OsRequest.Text(body, "key_name");
        var key = keyName is null ? null : cloud.KeyPairs.FirstOrDefault(k => k.Name == keyName) ?? throw OsSimErrors.BadRequest(OsService.Compute, "Invalid key_name provided.");
        var groups = body["security_groups"] is JsonArray named ? named.Select(g => (g as JsonObject)?["name"]?.ToString() ?? "").ToList() : ["default"];
        foreach (var group in groups.Where(g => g != "default" && !cloud.SecurityGroups.Any(s => s.Id == g || s.Name == g)))
        {
            throw OsSimErrors.BadRequest(OsService.Compute, $"Unable to find security_group with name or id '{group}'");
        }

        if (OsRequest.Text(body, "user_data") is { } userData && !Convert.TryFromBase64String(userData, new byte[userData.Length], out _))
        {
            throw OsSimErrors.BadRequest(OsService.Compute, "User data needs to be valid base 64.");
        }

        var metadata = Metadata(body);
        var tags = OsRequest.Strings(body, "tags");
        if (tags.Count > 50 || tags.Any(t => t.Length is 0 or > 60 || t.Contains(',', StringComparison.Ordinal) || t.Contains('/', StringComparison.Ordinal)))
        {
            throw OsSimErrors.BadRequest(OsService.Compute, "Invalid input for field/attribute tags: a tag is 1 to 60 characters without ',' or '/', at most 50 tags.");
        }

        var server = new SimOsServer(cloud.NewUuid(), name, flavor, image, networkId, cloud.Now)
        {
            KeyName = keyName,
            SecurityGroups = groups,
            Metadata = metadata,
            Tags = [.. tags.Distinct()],
        };
        cloud.Servers.Add(server);
        if (request.NoValidHost)
        {
            server.Fail("No valid host was found. There are not enough hosts available.", cloud.Due);
        }
        else
        {
            var machine = new MachineRequest(OsCloud.MachineName(server.Id), key?.PublicKey ?? "", OsCatalog.SshUser);
            server.Begin("BUILD", "spawning", "ACTIVE", async previous =>
            {
                await previous;
                server.Machine = await cloud.Backend.CreateAsync(machine, CancellationToken.None);
            }, cloud.Due);
        }

        return new JsonResult(202, new JsonObject
        {
            ["server"] = new JsonObject
            {
                ["OS-DCF:diskConfig"] = "MANUAL",
                ["adminPass"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(9)),
                ["id"] = server.Id,
                ["links"] = OsShapes.ServerSummary(server, request)["links"]!.DeepClone(),
                ["security_groups"] = new JsonArray([.. groups.Select(g => (JsonNode)new JsonObject { ["name"] = g })]),
            },
        })
        {
            Headers = new Dictionary<string, string> { ["Location"] = $"{request.BaseUrl}/compute/v2.1/servers/{server.Id}" },
        };
    }

    private JsonResult Delete(OsRequest request)
    {
        var server = cloud.Server(request.Segments[1]);
        if (!server.Deleting)
        {
            server.Delete(previous => MachineWork.AfterAsync(previous, () => server.Machine, m => cloud.Backend.TerminateAsync(m, CancellationToken.None)), cloud.Due);
        }

        return JsonResult.NoContent;
    }

    /// <summary>The network of "networks": [{"uuid"}] (required from 2.37, where "auto" picks the project's only network).</summary>
    private static string Network(OsRequest request, JsonObject body)
    {
        var privateNetworks = OsCatalog.Networks.Where(n => !n.External).ToList();
        switch (body["networks"])
        {
            case JsonArray list when list.Count == 1 && list[0] is JsonObject entry:
                var uuid = OsRequest.Text(entry, "uuid") ?? throw OsSimErrors.BadRequest(OsService.Compute, "Bad networks format: network uuid is not in proper format");
                return OsCatalog.Networks.FirstOrDefault(n => n.Id == uuid && !n.External)?.Id
                    ?? throw OsSimErrors.BadRequest(OsService.Compute, $"Network {uuid} could not be found.");
            case JsonValue value when value.ToString() == "auto" && request.AtLeast(2, 37):
                return privateNetworks[0].Id;
            case null when !request.AtLeast(2, 37):
                return privateNetworks[0].Id;
            default:
                throw OsSimErrors.BadRequest(OsService.Compute, "Invalid input for field/attribute networks: one network (a list with one {\"uuid\"}, or \"auto\") is required.");
        }
    }

    private static Dictionary<string, string> Metadata(JsonObject body)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body["metadata"] is JsonObject given)
        {
            foreach (var (key, value) in given)
            {
                if (key.Length is 0 or > 255 || value is not JsonValue text || !text.TryGetValue<string>(out var s) || s.Length > 255)
                {
                    throw OsSimErrors.BadRequest(OsService.Compute, $"Invalid input for field/attribute metadata. Value: {key}");
                }

                metadata[key] = s;
            }
        }

        return metadata;
    }
}

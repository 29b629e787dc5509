using System.Globalization;
using System.Text.Json.Nodes;

namespace HostPool.CloudSim.OpenStack;

/// <summary>The JSON shapes of the samples: Nova's servers (v2.100), key pairs, flavors and version document, Neutron's resources, Glance's images.</summary>
internal static class OsShapes
{
    public static JsonObject Server(SimOsServer s, OsRequest request, IEnumerable<SimOsPort> ports, IEnumerable<SimOsFloatingIp> floatingIps)
    {
        var network = OsCatalog.Networks.First(n => n.Id == s.NetworkId);
        var addresses = new JsonObject();
        var entries = new JsonArray();
        foreach (var port in ports.Where(p => p.Address is not null))
        {
            entries.Add(Address(port.Address!, "fixed", port.MacAddress));
            foreach (var floating in floatingIps.Where(f => f.PortId == port.Id))
            {
                entries.Add(Address(floating.Address, "floating", port.MacAddress));
            }
        }

        if (entries.Count > 0)
        {
            addresses[network.Name] = entries;
        }

        var server = new JsonObject
        {
            ["accessIPv4"] = "",
            ["accessIPv6"] = "",
            ["addresses"] = addresses,
            ["created"] = Time(s.CreatedAt),
            ["description"] = null,
            ["locked"] = false,
            ["flavor"] = request.AtLeast(2, 47)
                ? new JsonObject { ["disk"] = s.Flavor.Disk, ["ephemeral"] = 0, ["extra_specs"] = new JsonObject(), ["original_name"] = s.Flavor.Name, ["ram"] = s.Flavor.Ram, ["swap"] = 0, ["vcpus"] = s.Flavor.Vcpus }
                : new JsonObject { ["id"] = s.Flavor.Id, ["links"] = Links(request, "flavors", s.Flavor.Id) },
            ["hostId"] = s.Machine is null ? "" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s.Machine.Id)))[..56],
            ["id"] = s.Id,
            ["image"] = new JsonObject { ["id"] = s.Image.Id, ["links"] = Links(request, "images", s.Image.Id) },
            ["key_name"] = s.KeyName,
            ["links"] = Links(request, "servers", s.Id),
            ["metadata"] = new JsonObject([.. s.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))]),
            ["name"] = s.Name,
            ["config_drive"] = "",
            ["OS-DCF:diskConfig"] = "MANUAL",
            ["OS-EXT-AZ:availability_zone"] = "nova",
            ["OS-EXT-STS:power_state"] = s.Status is "ACTIVE" or "REBOOT" ? 1 : s.Status == "SHUTOFF" ? 4 : 0,
            ["OS-EXT-STS:task_state"] = s.TaskState,
            ["OS-EXT-STS:vm_state"] = s.Status switch { "SHUTOFF" => "stopped", "REBOOT" => "active", _ => s.Status.ToLowerInvariant() },
            ["os-extended-volumes:volumes_attached"] = new JsonArray(),
            ["OS-SRV-USG:launched_at"] = s.Status is "BUILD" or "ERROR" ? null : Time(s.CreatedAt),
            ["OS-SRV-USG:terminated_at"] = null,
            ["progress"] = s.Status == "BUILD" ? 0 : 100,
            ["security_groups"] = new JsonArray([.. s.SecurityGroups.Select(g => (JsonNode)new JsonObject { ["name"] = g })]),
            ["status"] = s.Status,
            ["tenant_id"] = OsCatalog.ProjectId,
            ["updated"] = Time(s.UpdatedAt),
            ["user_id"] = OsCatalog.UserId,
        };
        foreach (var (major, minor, name, value) in Later(s))
        {
            if (request.AtLeast(major, minor))
            {
                server[name] = value;
            }
        }

        if (s.Fault is { } fault)
        {
            server["fault"] = new JsonObject { ["code"] = fault.Code, ["created"] = Time(fault.Created), ["message"] = fault.Message };
        }

        return server;
    }

    /// <summary>The server fields later microversions add (server-get-resp.json of each version).</summary>
    private static IEnumerable<(int Major, int Minor, string Name, JsonNode? Value)> Later(SimOsServer s) =>
    [
        (2, 26, "tags", Strings(s.Tags)),
        (2, 63, "trusted_image_certificates", null),
        (2, 71, "server_groups", new JsonArray()),
        (2, 73, "locked_reason", null),
        (2, 90, "OS-EXT-SRV-ATTR:hostname", s.Name.ToLowerInvariant()),
        (2, 96, "pinned_availability_zone", null),
        (2, 100, "scheduler_hints", new JsonObject()),
    ];

    public static JsonObject ServerSummary(SimOsServer s, OsRequest request) => new() { ["id"] = s.Id, ["links"] = Links(request, "servers", s.Id), ["name"] = s.Name };

    public static JsonObject KeyPair(SimOsKeyPair k, OsRequest request)
    {
        var key = new JsonObject { ["fingerprint"] = k.Fingerprint, ["name"] = k.Name, ["public_key"] = k.PublicKey, ["user_id"] = OsCatalog.UserId };
        if (request.AtLeast(2, 2))
        {
            key["type"] = k.Type;
        }

        return key;
    }

    public static JsonObject Flavor(SimOsFlavor f, OsRequest request, bool detail)
    {
        var flavor = new JsonObject { ["id"] = f.Id, ["links"] = Links(request, "flavors", f.Id), ["name"] = f.Name };
        if (detail)
        {
            flavor["disk"] = f.Disk;
            flavor["ram"] = f.Ram;
            flavor["vcpus"] = f.Vcpus;
            flavor["swap"] = 0;
            flavor["OS-FLV-EXT-DATA:ephemeral"] = 0;
            flavor["os-flavor-access:is_public"] = true;
            flavor["rxtx_factor"] = 1.0;
        }

        return flavor;
    }

    public static JsonObject Version(string baseUrl, Version max) => new()
    {
        ["version"] = new JsonObject
        {
            ["id"] = "v2.1",
            ["links"] = new JsonArray(
                new JsonObject { ["href"] = $"{baseUrl}/compute/v2.1/", ["rel"] = "self" },
                new JsonObject { ["href"] = "http://docs.openstack.org/", ["rel"] = "describedby", ["type"] = "text/html" }),
            ["media-types"] = new JsonArray(new JsonObject { ["base"] = "application/json", ["type"] = "application/vnd.openstack.compute+json;version=2.1" }),
            ["status"] = "CURRENT",
            ["version"] = max.ToString(2),
            ["min_version"] = "2.1",
            ["updated"] = "2013-07-23T11:33:21Z",
        },
    };

    public static JsonObject Image(SimOsImage i) => new()
    {
        ["status"] = "active",
        ["name"] = i.Name,
        ["tags"] = new JsonArray(),
        ["container_format"] = "bare",
        ["created_at"] = "2024-04-25T10:00:00Z",
        ["disk_format"] = "qcow2",
        ["updated_at"] = "2024-04-25T10:05:00Z",
        ["visibility"] = "public",
        ["self"] = $"/v2/images/{i.Id}",
        ["min_disk"] = 0,
        ["protected"] = false,
        ["id"] = i.Id,
        ["file"] = $"/v2/images/{i.Id}/file",
        ["os_distro"] = i.Distribution,
        ["owner"] = OsCatalog.ProjectId,
        ["size"] = i.Size,
        ["min_ram"] = 0,
        ["schema"] = "/v2/schemas/image",
        ["virtual_size"] = null,
    };

    public static JsonObject Network(SimOsNetwork n) => new()
    {
        ["admin_state_up"] = true,
        ["availability_zones"] = new JsonArray("nova"),
        ["id"] = n.Id,
        ["mtu"] = 1500,
        ["name"] = n.Name,
        ["port_security_enabled"] = true,
        ["project_id"] = OsCatalog.ProjectId,
        ["router:external"] = n.External,
        ["shared"] = n.External,
        ["status"] = "ACTIVE",
        ["subnets"] = new JsonArray(n.SubnetId),
        ["tenant_id"] = OsCatalog.ProjectId,
        ["description"] = "",
        ["tags"] = new JsonArray(),
    };

    public static JsonObject Port(SimOsPort p, IEnumerable<string> securityGroups) => new()
    {
        ["admin_state_up"] = true,
        ["created_at"] = Time(p.CreatedAt),
        ["description"] = "",
        ["device_id"] = p.DeviceId,
        ["device_owner"] = "compute:nova",
        ["fixed_ips"] = new JsonArray(new JsonObject { ["ip_address"] = p.Address, ["subnet_id"] = p.SubnetId }),
        ["id"] = p.Id,
        ["mac_address"] = p.MacAddress,
        ["name"] = "",
        ["network_id"] = p.NetworkId,
        ["project_id"] = OsCatalog.ProjectId,
        ["security_groups"] = Strings(securityGroups),
        ["status"] = "ACTIVE",
        ["tags"] = Strings(p.Tags),
        ["tenant_id"] = OsCatalog.ProjectId,
    };

    public static JsonObject SecurityGroup(SimOsSecurityGroup g) => new()
    {
        ["description"] = g.Description,
        ["id"] = g.Id,
        ["name"] = g.Name,
        ["security_group_rules"] = new JsonArray([.. g.Rules.Select(r => (JsonNode)Rule(r, g.CreatedAt))]),
        ["project_id"] = OsCatalog.ProjectId,
        ["created_at"] = Time(g.CreatedAt),
        ["updated_at"] = Time(g.CreatedAt),
        ["revision_number"] = 1 + g.Rules.Count,
        ["tags"] = Strings(g.Tags),
        ["tenant_id"] = OsCatalog.ProjectId,
        ["stateful"] = true,
        ["shared"] = false,
    };

    public static JsonObject Rule(SimOsRule r, DateTimeOffset created) => new()
    {
        ["direction"] = r.Direction,
        ["ethertype"] = r.Ethertype,
        ["id"] = r.Id,
        ["port_range_max"] = r.PortMax,
        ["port_range_min"] = r.PortMin,
        ["protocol"] = r.Protocol,
        ["remote_group_id"] = r.RemoteGroupId,
        ["remote_ip_prefix"] = r.RemoteIpPrefix,
        ["security_group_id"] = r.GroupId,
        ["project_id"] = OsCatalog.ProjectId,
        ["created_at"] = Time(created),
        ["updated_at"] = Time(created),
        ["revision_number"] = 1,
        ["tenant_id"] = OsCatalog.ProjectId,
        ["description"] = "",
    };

    public static JsonObject FloatingIp(SimOsFloatingIp f, SimOsPort? port) => new()
    {
        ["fixed_ip_address"] = port?.Address,
        ["floating_ip_address"] = f.Address,
        ["floating_network_id"] = f.NetworkId,
        ["id"] = f.Id,
        ["port_id"] = f.PortId,
        ["router_id"] = f.PortId is null ? null : "d23abc8d-2991-4a55-ba98-2aaea84cc72f",
        ["status"] = f.PortId is null ? "DOWN" : "ACTIVE",
        ["project_id"] = OsCatalog.ProjectId,
        ["tenant_id"] = OsCatalog.ProjectId,
        ["description"] = f.Description,
        ["created_at"] = Time(f.CreatedAt),
        ["updated_at"] = Time(f.CreatedAt),
        ["revision_number"] = 1,
        ["port_details"] = port is null ? null : new JsonObject
        {
            ["status"] = "ACTIVE",
            ["name"] = "",
            ["admin_state_up"] = true,
            ["network_id"] = port.NetworkId,
            ["device_owner"] = "compute:nova",
            ["mac_address"] = port.MacAddress,
            ["device_id"] = port.DeviceId,
        },
        ["tags"] = Strings(f.Tags),
        ["port_forwardings"] = new JsonArray(),
    };

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Address(string address, string type, string mac) => new()
    {
        ["addr"] = address,
        ["OS-EXT-IPS-MAC:mac_addr"] = mac,
        ["OS-EXT-IPS:type"] = type,
        ["version"] = 4,
    };

    private static JsonArray Links(OsRequest request, string collection, string id) => new(
        new JsonObject { ["href"] = $"{request.BaseUrl}/compute/v2.1/{collection}/{id}", ["rel"] = "self" },
        new JsonObject { ["href"] = $"{request.BaseUrl}/compute/{collection}/{id}", ["rel"] = "bookmark" });
}

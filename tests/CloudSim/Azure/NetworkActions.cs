using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// Microsoft.Network resources (virtual networks, network security groups, public IPs, network interfaces): PUT
/// validates references and answers 201/200 with Azure-AsyncOperation (network changes finish at once); DELETE refuses
/// resources still in use with the samples' errors (NicInUse, PublicIPAddressCannotBeDeleted, ...) and answers 202.
/// </summary>
internal sealed class NetworkActions(AzureCloud cloud)
{
    private const string Namespace = "Microsoft.Network";
    private int _nextAddress = 3;

    public SimResponse Put(ArmRequest request, string group, string type, string name)
    {
        var id = $"{cloud.GroupId(group)}/providers/{type}/{name}";
        var body = request.Body as JsonObject ?? [];
        var location = body["location"]?.GetValue<string>() ?? "";
        if (!cloud.Options.Locations.Contains(location))
        {
            return ArmErrors.Error("LocationNotAvailableForResourceType", $"The provided location '{location}' is not available for resource type '{type}'.");
        }

        lock (cloud.Gate)
        {
            if (!cloud.Groups.ContainsKey(group))
            {
                return ArmErrors.GroupNotFound(group);
            }

            var properties = (body["properties"] as JsonObject)?.DeepClone() as JsonObject ?? [];
            if (Invalid(type, properties) is { } refused)
            {
                return refused;
            }

            var existing = cloud.Resources.GetValueOrDefault(id);
            if (existing is not null && SimReferences.IsType(existing, "Microsoft.Network/networkInterfaces"))
            {
                properties = KeepPrivateAddresses(existing, properties);
            }
            else if (type.Equals("Microsoft.Network/networkInterfaces", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var configuration in (properties["ipConfigurations"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var settings = configuration["properties"] as JsonObject ?? [];
                    settings["privateIPAddress"] = $"10.87.0.{(++_nextAddress % 250) + 4}";
                    configuration["properties"] = settings;
                }
            }

            var resource = new SimResource
            {
                Id = id,
                Type = type,
                Name = name,
                Group = group,
                Location = location,
                Properties = properties,
                Sku = body["sku"]?.DeepClone(),
                Zones = body["zones"]?.DeepClone(),
                Tags = Tags(body),
                StaticAddress = existing?.StaticAddress,
            };
            cloud.Resources[id] = resource;
            var response = SimResponse.Json(existing is null ? 201 : 200, Render(resource));
            return cloud.Accepted(response, request, Namespace, location, cloud.DoneOperation(), withLocation: false);
        }
    }

    public SimResponse Get(string group, string type, string name)
    {
        var id = $"{cloud.GroupId(group)}/providers/{type}/{name}";
        lock (cloud.Gate)
        {
            return cloud.Resources.GetValueOrDefault(id) is { } resource ? SimResponse.Json(200, Render(resource)) : ArmErrors.NotFound(type, name, group);
        }
    }

    public SimResponse Delete(ArmRequest request, string group, string type, string name)
    {
        var id = $"{cloud.GroupId(group)}/providers/{type}/{name}";
        lock (cloud.Gate)
        {
            if (!cloud.Resources.TryGetValue(id, out var resource))
            {
                return new SimResponse(204);
            }

            if (InUse(resource) is { } refused)
            {
                return refused;
            }

            cloud.Resources.Remove(id);
            return cloud.Accepted(new SimResponse(202), request, Namespace, resource.Location, cloud.DoneOperation(), withLocation: true);
        }
    }

    /// <summary>The resource as ARM shows it; a public IP's address is the address of the machine behind the VM using it.</summary>
    public JsonObject Render(SimResource resource)
    {
        var json = resource.ToJson();
        var properties = (JsonObject)json["properties"]!;
        if (SimReferences.IsType(resource, "Microsoft.Network/publicIPAddresses") && AddressOf(resource) is { } address)
        {
            properties["ipAddress"] = address;
        }

        if (SimReferences.IsType(resource, "Microsoft.Network/networkInterfaces")
            && cloud.Resources.Values.FirstOrDefault(v => SimReferences.IsType(v, "Microsoft.Compute/virtualMachines") && SimReferences.NicsOf(v).Any(n => SimReferences.Same(n, resource.Id))) is { } vm)
        {
            properties["virtualMachine"] = new JsonObject { ["id"] = vm.Id };
        }

        return json;
    }

    private string? AddressOf(SimResource ip)
    {
        var isStatic = ip.Properties["publicIPAllocationMethod"]?.GetValue<string>() == "Static";
        var nic = cloud.Resources.Values.FirstOrDefault(r =>
            SimReferences.IsType(r, "Microsoft.Network/networkInterfaces") && SimReferences.IpConfigurations(r).Any(c => SimReferences.Same(SimReferences.PublicIpOf(c), ip.Id)));
        var vm = nic is null ? null : cloud.Resources.Values.FirstOrDefault(r =>
            SimReferences.IsType(r, "Microsoft.Compute/virtualMachines") && SimReferences.NicsOf(r).Any(n => SimReferences.Same(n, nic.Id)));
        if (vm?.Machine is { } machine && vm.PowerState is not ("deallocated" or "deallocating"))
        {
            if (isStatic)
            {
                ip.StaticAddress = machine.Address;
            }

            return machine.Address;
        }

        return isStatic ? ip.StaticAddress : null;
    }

    private SimResponse? Invalid(string type, JsonObject properties)
    {
        if (type.Equals("Microsoft.Network/networkInterfaces", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var configuration in (properties["ipConfigurations"] as JsonArray ?? []).OfType<JsonObject>().Select(c => c["properties"] as JsonObject ?? []))
            {
                var subnet = SimReferences.SubnetOf(configuration);
                var vnetId = subnet is null ? null : subnet[..Math.Max(0, subnet.IndexOf("/subnets/", StringComparison.OrdinalIgnoreCase))];
                var vnet = vnetId is null ? null : cloud.Resources.GetValueOrDefault(vnetId);
                if (vnet is null || !SimReferences.Subnets(vnet).Any(s => SimReferences.Same($"{vnet.Id}/subnets/{s["name"]}", subnet)))
                {
                    return ArmErrors.Error("InvalidResourceReference", $"Resource {subnet} referenced by the network interface was not found.");
                }

                if (SimReferences.PublicIpOf(configuration) is { } ip && !cloud.Resources.ContainsKey(ip))
                {
                    return ArmErrors.Error("InvalidResourceReference", $"Resource {ip} referenced by the network interface was not found.");
                }
            }
        }

        if (type.Equals("Microsoft.Network/virtualNetworks", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var subnet in (properties["subnets"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (SimReferences.SecurityGroupOf(subnet) is { } nsg && !cloud.Resources.ContainsKey(nsg))
                {
                    return ArmErrors.Error("InvalidResourceReference", $"Resource {nsg} referenced by subnet {subnet["name"]} was not found.");
                }
            }
        }

        return null;
    }

    private SimResponse? InUse(SimResource resource)
    {
        var all = cloud.Resources.Values;
        return resource.Type.ToLowerInvariant() switch
        {
            "microsoft.network/networkinterfaces" when all.Any(v => SimReferences.NicsOf(v).Any(n => SimReferences.Same(n, resource.Id))) =>
                ArmErrors.Error("NicInUse", $"Network Interface {resource.Id} is used by an existing virtual machine. In order to delete the network interface, it must be dissociated from the resource."),
            "microsoft.network/publicipaddresses" when all.Any(n => SimReferences.IsType(n, "Microsoft.Network/networkInterfaces") && SimReferences.IpConfigurations(n).Any(c => SimReferences.Same(SimReferences.PublicIpOf(c), resource.Id))) =>
                ArmErrors.Error("PublicIPAddressCannotBeDeleted", $"Public IP address {resource.Id} can not be deleted since it is still allocated to a network interface."),
            "microsoft.network/virtualnetworks" when all.Any(n => SimReferences.IsType(n, "Microsoft.Network/networkInterfaces") && SimReferences.IpConfigurations(n).Any(c => SimReferences.SubnetOf(c)?.StartsWith(resource.Id + "/", StringComparison.OrdinalIgnoreCase) == true)) =>
                ArmErrors.Error("InUseSubnetCannotBeDeleted", $"Subnet of {resource.Id} is in use by a network interface and cannot be deleted."),
            "microsoft.network/networksecuritygroups" when all.Any(v => SimReferences.IsType(v, "Microsoft.Network/virtualNetworks") && SimReferences.Subnets(v).Any(s => SimReferences.Same(SimReferences.SecurityGroupOf(s), resource.Id))) =>
                ArmErrors.Error("InUseNetworkSecurityGroupCannotBeDeleted", $"Network security group {resource.Id} cannot be deleted because it is in use by a subnet."),
            _ => null,
        };
    }

    private static JsonObject KeepPrivateAddresses(SimResource existing, JsonObject properties)
    {
        var old = SimReferences.IpConfigurations(existing).Select(c => c["privateIPAddress"]?.GetValue<string>()).ToList();
        var index = 0;
        foreach (var configuration in (properties["ipConfigurations"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var settings = configuration["properties"] as JsonObject ?? [];
            settings["privateIPAddress"] = index < old.Count ? old[index] : "10.87.0.250";
            configuration["properties"] = settings;
            index++;
        }

        return properties;
    }

    public static Dictionary<string, string> Tags(JsonObject body) =>
        (body["tags"] as JsonObject ?? []).Where(t => t.Value is not null).ToDictionary(t => t.Key, t => t.Value!.GetValue<string>(), StringComparer.Ordinal);
}

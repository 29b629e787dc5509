using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Normalises <c>deploy.resources.limits</c> or <c>reservations</c>: cpus as cores, memory in bytes, devices, generic resources.</summary>
internal static class ResourceMapper
{
    public static ResourceSpec? Map(YNode? node, YPath path, NodeReader reader)
    {
        if (node is not YMapping m)
        {
            return null;
        }

        var cpus = reader.Double(m["cpus"], path.Key("cpus"));
        if (cpus < 0)
        {
            reader.Diagnostics.Error(m["cpus"]!.Mark, path.Key("cpus"), "must be greater than or equal to 0");
        }

        return new ResourceSpec(cpus, reader.Bytes(m["memory"], path.Key("memory")))
        {
            Pids = reader.Long(m["pids"], path.Key("pids")),
            Devices = Devices(m["devices"], path.Key("devices"), reader),
            GenericResources = Generic(m["generic_resources"], path.Key("generic_resources"), reader),
        };
    }

    private static IReadOnlyList<DeviceRequest> Devices(YNode? node, YPath path, NodeReader reader)
        => NodeReader.Mappings(node, path).Select(m => Device(m.Item, m.Path, reader)).ToList();

    private static DeviceRequest Device(YMapping device, YPath path, NodeReader reader)
    {
        var request = new DeviceRequest(reader.StringList(device["capabilities"], path.Key("capabilities")))
        {
            Driver = reader.String(device["driver"], path.Key("driver")),
            DeviceIds = reader.StringList(device["device_ids"], path.Key("device_ids")),
            Options = device["options"] is YMapping options ? PlainData.Map(options.Entries) : Empty.Data,
        };
        if (device["count"] is not YScalar count)
        {
            return request;
        }

        var text = count.Value.Trim();
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return request with { AllDevices = true };
        }

        if (long.TryParse(text, out var number))
        {
            return request with { Count = number };
        }

        reader.Diagnostics.Error(count.Mark, path.Key("count"), $"invalid value \"{count.Value}\", the only value allowed is 'all' or a number");
        return request;
    }

    private static IReadOnlyList<GenericResource> Generic(YNode? node, YPath path, NodeReader reader)
    {
        var list = new List<GenericResource>();
        foreach (var (item, itemPath) in NodeReader.Mappings(node, path))
        {
            foreach (var (kind, discrete) in new[] { ("discrete_resource_spec", true), ("named_resource_spec", false) })
            {
                if (item[kind] is YMapping spec)
                {
                    var p = itemPath.Key(kind);
                    var name = reader.String(spec["kind"], p.Key("kind")) ?? string.Empty;
                    list.Add(discrete
                        ? new GenericResource(name, reader.Long(spec["value"], p.Key("value")), null)
                        : new GenericResource(name, null, reader.String(spec["value"], p.Key("value"))));
                }
            }
        }

        return list;
    }
}

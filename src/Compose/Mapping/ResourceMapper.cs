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
    {
        if (node is not YSequence sequence)
        {
            return [];
        }

        var list = new List<DeviceRequest>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is not YMapping device)
            {
                continue;
            }

            var itemPath = path.Index(i);
            var request = new DeviceRequest(reader.StringList(device["capabilities"], itemPath.Key("capabilities")))
            {
                Driver = reader.String(device["driver"], itemPath.Key("driver")),
                DeviceIds = reader.StringList(device["device_ids"], itemPath.Key("device_ids")),
                Options = device["options"] is YMapping options ? PlainData.Map(options.Entries) : Empty.Data,
            };
            if (device["count"] is YScalar count)
            {
                var text = count.Value.Trim();
                if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
                {
                    request = request with { AllDevices = true };
                }
                else if (long.TryParse(text, out var number))
                {
                    request = request with { Count = number };
                }
                else
                {
                    reader.Diagnostics.Error(count.Mark, itemPath.Key("count"), $"invalid value \"{count.Value}\", the only value allowed is 'all' or a number");
                }
            }

            list.Add(request);
        }

        return list;
    }

    private static IReadOnlyList<GenericResource> Generic(YNode? node, YPath path, NodeReader reader)
    {
        if (node is not YSequence sequence)
        {
            return [];
        }

        var list = new List<GenericResource>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is not YMapping item)
            {
                continue;
            }

            var itemPath = path.Index(i);
            if (item["discrete_resource_spec"] is YMapping discrete)
            {
                var p = itemPath.Key("discrete_resource_spec");
                list.Add(new GenericResource(reader.String(discrete["kind"], p.Key("kind")) ?? string.Empty, reader.Long(discrete["value"], p.Key("value")), null));
            }
            else if (item["named_resource_spec"] is YMapping named)
            {
                var p = itemPath.Key("named_resource_spec");
                list.Add(new GenericResource(reader.String(named["kind"], p.Key("kind")) ?? string.Empty, null, reader.String(named["value"], p.Key("value"))));
            }
        }

        return list;
    }
}

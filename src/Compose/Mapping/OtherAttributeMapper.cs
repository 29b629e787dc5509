using System.Collections.Immutable;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Keeps the service attributes without a typed member as plain data, in canonical form where compose has one:
/// KEY=VALUE lists (<c>annotations</c>, <c>sysctls</c>, <c>storage_opt</c>) become mappings and short
/// <c>devices</c> (<c>/dev/a:/dev/b:rwm</c>) become <c>{source, target, permissions}</c>.
/// </summary>
internal static class OtherAttributeMapper
{
    private static readonly HashSet<string> KeyValueAttributes = ["annotations", "sysctls", "storage_opt"];

    public static IReadOnlyDictionary<string, object?> Map(YMapping service, YPath path, NodeReader reader)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var entry in service.Entries)
        {
            if (ServiceMapper.IsTyped(entry.Name) || entry.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            builder[entry.Name] = entry.Name switch
            {
                _ when KeyValueAttributes.Contains(entry.Name) => reader.KeyValues(entry.Value, path.Key(entry.Name)).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal).AsReadOnly(),
                "devices" when entry.Value is YSequence devices => devices.Items.Select(Device).ToImmutableList(),
                _ => PlainData.From(entry.Value),
            };
        }

        return builder.ToImmutable();
    }

    private static object? Device(YNode node)
    {
        if (node is not YScalar scalar)
        {
            return PlainData.From(node);
        }

        var parts = scalar.Value.Split(':');
        var device = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        device["source"] = parts[0];
        device["target"] = parts.Length > 1 && parts[1].StartsWith('/') ? parts[1] : parts[0];
        device["permissions"] = parts.Length > 2 ? parts[2] : parts.Length == 2 && !parts[1].StartsWith('/') ? parts[1] : "rwm";
        return device.ToImmutable();
    }
}

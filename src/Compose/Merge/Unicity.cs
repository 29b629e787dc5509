using HostPool.Compose.Yaml;

namespace HostPool.Compose.Merge;

/// <summary>
/// Collapses duplicate entries of sequences that compose treats as sets: a later entry with the same key
/// replaces the earlier one in the earlier one's position.
/// </summary>
internal static class Unicity
{
    public static YSequence Collapse(YSequence sequence, Func<YNode, string?> keyOf)
    {
        var items = new List<YNode>(sequence.Items.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            var key = keyOf(item);
            if (key is not null && positions.TryGetValue(key, out var at))
            {
                items[at] = item;
                continue;
            }

            if (key is not null)
            {
                positions[key] = items.Count;
            }

            items.Add(item);
        }

        return items.Count == sequence.Items.Count ? sequence : new YSequence(items, sequence.Mark, sequence.Tag);
    }

    /// <summary>Applies unicity to every service's ports, volumes and set-like lists in a project tree.</summary>
    public static YNode EnforceOnProject(YNode project)
    {
        if (project is not YMapping root || root["services"] is not YMapping services)
        {
            return project;
        }

        var entries = services.Entries.Select(e => e.Value is YMapping service ? e with { Value = EnforceOnService(service) } : e).ToList();
        return root.With("services", new YMapping(entries, services.Mark, services.Tag));
    }

    private static YMapping EnforceOnService(YMapping service)
    {
        var result = service;
        if (service["ports"] is YSequence ports)
        {
            result = result.With("ports", Collapse(ports, PortKeys.Of));
        }

        if (service["volumes"] is YSequence volumes)
        {
            result = result.With("volumes", Collapse(volumes, MountKeys.Of));
        }

        return result;
    }
}

using HostPool.Compose.Yaml;

namespace HostPool.Compose.Merge;

/// <summary>The identity of a mount entry when merging: its target (volumes, secrets, configs), else its source.</summary>
internal static class MountKeys
{
    public static string? Of(YNode node)
    {
        switch (node)
        {
            case YMapping mapping:
                if (mapping["target"] is YScalar target)
                {
                    return target.Value;
                }

                return mapping["source"] is YScalar source ? source.Value : null;
            case YScalar scalar:
                return ShortTarget(scalar.Value);
            default:
                return null;
        }
    }

    /// <summary>The target of a short volume (<c>src:target[:mode]</c>, Windows drive letters allowed) or the name of a short secret/config.</summary>
    private static string ShortTarget(string text)
    {
        var parts = VolumeSpecSplitter.Split(text);
        return parts.Count >= 2 ? parts[1] : parts[0];
    }
}

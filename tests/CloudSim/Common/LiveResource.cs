namespace HostPool.CloudSim.Common;

/// <summary>One resource a simulator holds that could bill in a real cloud (the leak report's line).</summary>
public sealed record LiveResource(string Provider, string Kind, string Id, string State)
{
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>A resource's name and its tags for the leak report; a tag "key:value" is reported as key = value.</summary>
    public static IReadOnlyDictionary<string, string> TagsOf(string name, IEnumerable<string> tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = name };
        foreach (var tag in tags)
        {
            var colon = tag.IndexOf(':', StringComparison.Ordinal);
            result[colon < 0 ? tag : tag[..colon]] = colon < 0 ? "" : tag[(colon + 1)..];
        }

        return result;
    }
}

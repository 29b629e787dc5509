namespace HostPool.CloudSim.Common;

/// <summary>One resource a simulator holds that could bill in a real cloud (the leak report's line).</summary>
public sealed record LiveResource(string Provider, string Kind, string Id, string State)
{
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}

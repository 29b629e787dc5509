namespace HostPool.Pool.Scheduling;

/// <summary>
/// Reads one named attribute of a host: node.hostname (also hostname, node), node.id (id),
/// node.platform.os (os), node.platform.arch (arch), node.labels.KEY, engine.labels.KEY, or a bare KEY
/// looked up in node labels and then engine labels. Missing attributes read as null.
/// </summary>
internal sealed class HostAttribute
{
    private readonly Func<HostSnapshot, string?> read;

    private HostAttribute(string name, Func<HostSnapshot, string?> read)
    {
        Name = name;
        this.read = read;
    }

    public string Name { get; }

    public string? Read(HostSnapshot host) => read(host);

    public static HostAttribute Parse(string name, string context)
    {
        var key = name.Trim();
        if (key.Length == 0)
        {
            throw new InvalidInputException($"{context}: names an empty host attribute; use node.hostname, node.id, node.labels.KEY, engine.labels.KEY, node.platform.os or node.platform.arch.");
        }

        switch (key.ToLowerInvariant())
        {
            case "node.hostname" or "hostname" or "node":
                return new HostAttribute("node.hostname", host => host.Name);
            case "node.id" or "id":
                return new HostAttribute("node.id", host => host.NodeId);
            case "node.platform.os" or "os":
                return new HostAttribute("node.platform.os", host => host.Os);
            case "node.platform.arch" or "arch":
                return new HostAttribute("node.platform.arch", host => host.Arch);
        }

        if (key.StartsWith("node.labels.", StringComparison.OrdinalIgnoreCase))
        {
            var label = RequireLabel(key, "node.labels.".Length, context);
            return new HostAttribute(key, host => host.NodeLabels.GetValueOrDefault(label));
        }

        if (key.StartsWith("engine.labels.", StringComparison.OrdinalIgnoreCase))
        {
            var label = RequireLabel(key, "engine.labels.".Length, context);
            return new HostAttribute(key, host => host.EngineLabels.GetValueOrDefault(label));
        }

        return new HostAttribute(key, host => host.NodeLabels.GetValueOrDefault(key) ?? host.EngineLabels.GetValueOrDefault(key));
    }

    private static string RequireLabel(string key, int prefix, string context)
    {
        var label = key[prefix..];
        if (label.Length == 0)
        {
            throw new InvalidInputException($"{context}: '{key}' names no label: write {key}KEY, e.g. {key}zone.");
        }

        return label;
    }
}

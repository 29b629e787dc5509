using HostPool.Pool.Scheduling;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HostPool.Pool.Planning;

/// <summary>
/// Reads a hosts file for the what-if planner (see docs/scheduler.md):
/// <code>
/// hosts:
///   - name: web-1
///     cpus: 4
///     memory: 8g
///     labels: { zone: a }
///     state: ready            # ready | drained | down
///     reserved: { cpus: 1, memory: 2g }
///     replicas: [ { service: shop/db, ports: ["5432"] } ]
/// </code>
/// </summary>
public static class HostsFile
{
    private static readonly HashSet<string> Keys =
        ["name", "id", "cpus", "memory", "overcommit", "state", "labels", "engine_labels", "os", "arch", "reserved", "replicas"];

    /// <exception cref="InvalidInputException">The text is not a valid hosts file; the message names the line and the fix.</exception>
    public static IReadOnlyList<HostSnapshot> Parse(string yamlText, string fileName)
    {
        var reader = new YamlReader(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException exception)
        {
            throw new InvalidInputException($"{fileName}:{exception.Start.Line}: not valid YAML ({exception.Message}); fix the syntax.", exception);
        }

        if (stream.Documents.Count == 0)
        {
            throw new InvalidInputException($"{fileName}: the file is empty; list hosts under 'hosts:' with name, cpus and memory.");
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            root = mapping.Children.TryGetValue(new YamlScalarNode("hosts"), out var list)
                ? list
                : throw reader.Error(root, "the file has no 'hosts:' list; list hosts under 'hosts:' with name, cpus and memory.");
        }

        var hosts = reader.Sequence(root, "'hosts'").Select(node => ParseHost(reader, node)).ToArray();
        var duplicate = hosts.GroupBy(host => host.Name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidInputException($"{fileName}: host '{duplicate.Key}' is listed {duplicate.Count()} times; host names must be unique.");
        }

        return hosts;
    }

    private static HostSnapshot ParseHost(YamlReader reader, YamlNode node)
    {
        var fields = reader.Mapping(node, "a host").Children.ToDictionary(pair => reader.Scalar(pair.Key, "a key"), pair => pair.Value);
        foreach (var key in fields.Keys.Where(key => !Keys.Contains(key)))
        {
            throw reader.Error(node, $"unknown host key '{key}'; use {string.Join(", ", Keys)}.");
        }

        string Require(string key) =>
            fields.TryGetValue(key, out var value) ? reader.Scalar(value, key) : throw reader.Error(node, $"a host needs '{key}'.");

        var name = Require("name");
        if (!fields.ContainsKey("cpus") || !fields.ContainsKey("memory"))
        {
            throw reader.Error(node, $"host '{name}' needs both 'cpus' and 'memory', e.g. cpus: 4 and memory: 8g.");
        }

        var reserved = fields.TryGetValue("reserved", out var reservedNode) ? reader.Mapping(reservedNode, "reserved").Children : null;
        return new HostSnapshot
        {
            Name = name,
            Id = fields.ContainsKey("id") ? Require("id") : null,
            Cpus = reader.Number(fields["cpus"], "cpus"),
            MemoryBytes = reader.Memory(fields["memory"], "memory"),
            Overcommit = fields.TryGetValue("overcommit", out var overcommit) ? Overcommit(reader, overcommit) : 1.0,
            State = fields.TryGetValue("state", out var state) ? State(reader, state) : HostReadiness.Ready,
            NodeLabels = fields.TryGetValue("labels", out var labels) ? reader.Labels(labels, "labels") : new Dictionary<string, string>(),
            EngineLabels = fields.TryGetValue("engine_labels", out var engine) ? reader.Labels(engine, "engine_labels") : new Dictionary<string, string>(),
            Os = fields.ContainsKey("os") ? Require("os") : "linux",
            Arch = fields.ContainsKey("arch") ? Require("arch") : "x86_64",
            ReservedCpus = reserved is not null && reserved.TryGetValue(new YamlScalarNode("cpus"), out var cpus) ? reader.Number(cpus, "reserved.cpus") : 0,
            ReservedMemoryBytes = reserved is not null && reserved.TryGetValue(new YamlScalarNode("memory"), out var memory) ? reader.Memory(memory, "reserved.memory") : 0,
            Replicas = fields.TryGetValue("replicas", out var replicas)
                ? reader.Sequence(replicas, "replicas").Select(item => ParseReplica(reader, item)).ToArray()
                : [],
        };
    }

    private static double Overcommit(YamlReader reader, YamlNode node)
    {
        var ratio = reader.Number(node, "overcommit");
        return ratio > 0 ? ratio : throw reader.Error(node, "overcommit must be above zero, e.g. 1.5.");
    }

    private static HostReadiness State(YamlReader reader, YamlNode node) =>
        reader.Scalar(node, "state").ToLowerInvariant() switch
        {
            "ready" => HostReadiness.Ready,
            "drained" or "drain" => HostReadiness.Drained,
            "down" => HostReadiness.Down,
            var other => throw reader.Error(node, $"state '{other}' is not one of ready, drained, down."),
        };

    private static ExistingReplica ParseReplica(YamlReader reader, YamlNode node)
    {
        var fields = reader.Mapping(node, "a replica").Children.ToDictionary(pair => reader.Scalar(pair.Key, "a key"), pair => pair.Value);
        var service = fields.TryGetValue("service", out var serviceNode) ? reader.Scalar(serviceNode, "service") : string.Empty;
        var slash = service.IndexOf('/');
        if (slash <= 0 || slash == service.Length - 1)
        {
            throw reader.Error(node, "a replica needs 'service: PROJECT/SERVICE', e.g. service: shop/db.");
        }

        var ports = fields.TryGetValue("ports", out var portsNode)
            ? reader.Sequence(portsNode, "ports").Select(port => PortText.Parse(reader.Scalar(port, "a port"), $"line {port.Start.Line}")).ToArray()
            : [];
        return new ExistingReplica(service[..slash], service[(slash + 1)..], ports);
    }
}

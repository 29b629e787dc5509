using System.Text.Json.Nodes;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>A cloud firewall; its rules are kept as sent, it applies to the droplets listed or carrying one of its tags.</summary>
internal sealed class SimDoFirewall(string id, string name, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>"waiting" until first read after creation, then "succeeded".</summary>
    public string Status { get; set; } = "waiting";

    public JsonArray InboundRules { get; init; } = [];

    public JsonArray OutboundRules { get; init; } = [];

    public List<long> DropletIds { get; init; } = [];

    public List<string> Tags { get; init; } = [];
}

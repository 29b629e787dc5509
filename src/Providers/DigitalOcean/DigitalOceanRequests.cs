using HostPool.Providers.DigitalOcean.Api;
using HostPool.Providers.Model;

namespace HostPool.Providers.DigitalOcean;

/// <summary>The request bodies the driver sends, built without I/O so their wire form can be checked against the API samples.</summary>
internal static class DigitalOceanRequests
{
    public const int SshPort = 22;
    public const int DockerPort = 2376;

    private static readonly IReadOnlyList<string> Anywhere = ["0.0.0.0/0", "::/0"];

    public static DoDropletCreate Droplet(string name, DigitalOceanOptions options, long keyId, IReadOnlyList<string> tags, string? userData) =>
        new(name, options.Region, options.Size, options.Image)
        {
            SshKeys = [keyId],
            Backups = options.Backups,
            Ipv6 = options.Ipv6,
            Monitoring = options.Monitoring,
            PrivateNetworking = options.PrivateNetworking ? true : null,
            Tags = tags,
            UserData = userData,
        };

    /// <summary>
    /// The pool's firewall: it applies to every droplet tagged with the pool; SSH and the Docker API from the source range,
    /// Swarm from the pool's droplets only, and all outbound traffic (a DigitalOcean firewall denies what it does not allow).
    /// </summary>
    public static DoFirewall Firewall(string pool, string sourceCidr)
    {
        var poolTag = DigitalOceanTags.Pool(pool);
        return new DoFirewall(DigitalOceanTags.FirewallName(pool))
        {
            Tags = [poolTag],
            InboundRules =
            [
                .. new[] { SshPort, DockerPort }.Select(port => new DoInboundRule("tcp", Port(port), new DoRuleTarget { Addresses = [sourceCidr] })),
                .. ClusterPorts.All.Select(swarm => new DoInboundRule(swarm.Protocol, Port(swarm.Port), new DoRuleTarget { Tags = [poolTag] })),
            ],
            OutboundRules =
            [
                new DoOutboundRule("tcp", "0", new DoRuleTarget { Addresses = Anywhere }),
                new DoOutboundRule("udp", "0", new DoRuleTarget { Addresses = Anywhere }),
                new DoOutboundRule("icmp", "0", new DoRuleTarget { Addresses = Anywhere }),
            ],
        };
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// The simulated project's state. Every route runs under <see cref="Gate"/>; server transitions are applied lazily at
/// the injected clock's now before anything reads them. A server's port appears when it is ACTIVE; deleting a server
/// deletes its ports and only disassociates their floating IPs, as Neutron does.
/// </summary>
internal sealed class OsCloud(OsSimOptions options, IMachineBackend backend, TimeProvider time)
{
    /// <summary>Backend machines of servers are named "os-" and the server id's first 12 hex digits.</summary>
    public const string MachinePrefix = "os-";

    private readonly Random _ids = new(options.Seed);
    private int _nextFloating;

    public Lock Gate { get; } = new();

    public OsSimOptions Options { get; } = options;

    public IMachineBackend Backend { get; } = backend;

    public TimeProvider Time { get; } = time;

    public OsTokens Tokens { get; } = new(time);

    public List<SimOsServer> Servers { get; } = [];

    public List<SimOsKeyPair> KeyPairs { get; } = [];

    public List<SimOsSecurityGroup> SecurityGroups { get; } = [];

    public List<SimOsPort> Ports { get; } = [];

    public List<SimOsFloatingIp> FloatingIps { get; } = [];

    /// <summary>Requests per endpoint interface (public, internal, admin), to show which one a client chose.</summary>
    public Dictionary<string, int> Interfaces { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Now => Time.GetUtcNow();

    public DateTimeOffset Due => Now + Options.TransitionTime;

    public string NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _ids.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    public string NewMac() => "fa:16:3e:" + string.Join(':', Enumerable.Range(0, 3).Select(_ => _ids.Next(256).ToString("x2", CultureInfo.InvariantCulture)));

    /// <summary>The next floating address of the external network (loopback: the simulator does no NAT).</summary>
    public string NewFloatingAddress()
    {
        var n = ++_nextFloating;
        return $"127.78.{(n / 250) % 250}.{(n % 250) + 1}";
    }

    public static string MachineName(string serverId) => MachinePrefix + serverId.Replace("-", "", StringComparison.Ordinal)[..12];

    /// <summary>Applies every due transition, gives ACTIVE servers their port and forgets deleted ones; call under <see cref="Gate"/>.</summary>
    public void Advance()
    {
        var now = Now;
        foreach (var server in Servers)
        {
            server.Advance(now);
            if (server.Machine is { } machine && server.Status is "ACTIVE" && !server.Deleting)
            {
                var port = Ports.FirstOrDefault(p => p.DeviceId == server.Id);
                if (port is null)
                {
                    var network = OsCatalog.Networks.First(n => n.Id == server.NetworkId);
                    port = new SimOsPort(NewUuid(), network.Id, network.SubnetId, server.Id, NewMac(), now);
                    Ports.Add(port);
                }

                port.Address = machine.Address;
            }
        }

        foreach (var gone in Servers.Where(s => s.Gone).ToList())
        {
            var ports = Ports.Where(p => p.DeviceId == gone.Id).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var floating in FloatingIps.Where(f => f.PortId is { } port && ports.Contains(port)))
            {
                floating.PortId = null;
            }

            Ports.RemoveAll(p => ports.Contains(p.Id));
            Servers.Remove(gone);
        }
    }

    public SimOsServer Server(string id) =>
        Servers.FirstOrDefault(s => s.Id == id) ?? throw OsSimErrors.NotFound(OsService.Compute, $"Instance {id} could not be found.");

    public IReadOnlyList<LiveResource> LiveResources()
    {
        lock (Gate)
        {
            Advance();
            return
            [
                .. Servers.Select(s => new LiveResource("openstack", "server", s.Id, s.Deleting ? "deleting" : s.Status) { Tags = LiveResource.TagsOf(s.Name, s.Tags) }),
                .. KeyPairs.Select(k => new LiveResource("openstack", "keypair", k.Name, k.Fingerprint) { Tags = LiveResource.TagsOf(k.Name, []) }),
                .. SecurityGroups.Select(g => new LiveResource("openstack", "security-group", g.Id, $"{g.Rules.Count} rules") { Tags = LiveResource.TagsOf(g.Name, g.Tags) }),
                .. FloatingIps.Select(f => new LiveResource("openstack", "floating-ip", f.Id, f.PortId is null ? "DOWN" : "ACTIVE") { Tags = LiveResource.TagsOf(f.Address, f.Tags) }),
                .. Ports.Select(p => new LiveResource("openstack", "port", p.Id, p.DeviceId) { Tags = LiveResource.TagsOf(p.Address ?? "", p.Tags) }),
                .. Backend.Machines.Where(m => m.Id.StartsWith(MachinePrefix, StringComparison.Ordinal))
                    .Select(m => new LiveResource("openstack", "machine:" + Backend.Name, m.Id, m.Address)),
            ];
        }
    }
}

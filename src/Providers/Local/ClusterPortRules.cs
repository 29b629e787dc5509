using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HostPool.Providers.Model;

namespace HostPool.Providers.Local;

/// <summary>
/// The iptables-restore input of a local host's <see cref="Chain"/>: the <see cref="ClusterPorts"/> accept loopback
/// and the pool's members, and drop everything else. Other traffic passes on to the rest of INPUT untouched.
/// Loaded with --noflush, so declaring the chain empties it and the new rules replace the old ones in one commit.
/// </summary>
internal static class ClusterPortRules
{
    public const string Chain = "HOSTPOOL-CLUSTER";

    /// <summary>The rules for one address family; peers of the other family are left out.</summary>
    public static string Render(AddressFamily family, IEnumerable<string> peers)
    {
        var prefix = family == AddressFamily.InterNetworkV6 ? 128 : 32;
        var sources = peers
            .Select(Parse)
            .Where(address => address.AddressFamily == family)
            .Distinct()
            .OrderBy(address => address.ToString(), StringComparer.Ordinal);
        var rules = new StringBuilder()
            .Append("*filter\n")
            .Append(CultureInfo.InvariantCulture, $":{Chain} - [0:0]\n")
            .Append(CultureInfo.InvariantCulture, $"-A {Chain} -i lo -j RETURN\n");
        foreach (var source in sources)
        {
            rules.Append(CultureInfo.InvariantCulture, $"-A {Chain} -s {source}/{prefix} -j RETURN\n");
        }

        foreach (var (protocol, port) in ClusterPorts.All)
        {
            rules.Append(CultureInfo.InvariantCulture, $"-A {Chain} -p {protocol} -m {protocol} --dport {port} -j DROP\n");
        }

        return rules.Append("COMMIT\n").ToString();
    }

    /// <summary>Only a literal address gets into the rules: a record holding anything else is refused, not rendered.</summary>
    private static IPAddress Parse(string peer) =>
        IPAddress.TryParse(peer, out var address)
            ? address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address
            : throw new ConflictException($"'{peer}' is not an IP address, so it cannot be let through to the pool's cluster ports; check the pool's hosts with `hostpool inspect`.");
}

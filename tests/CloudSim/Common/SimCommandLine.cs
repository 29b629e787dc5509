using System.Globalization;

namespace HostPool.CloudSim.Common;

/// <summary>
/// The simulator's command line: one <c>--PROVIDER PORT</c> per provider to serve (ec2, digitalocean, openstack,
/// azure), <c>--backend local|address-only</c>, <c>--transition-ms N</c> and <c>--token-lifetime-s N</c> (OpenStack's
/// tokens; short ones make clients authenticate again), and for the local backend <c>--local-bridge NAME</c> and
/// <c>--local-subnet CIDR</c> (default: the local driver's), so that simulators in separate processes can keep their
/// machines off a bridge that other tests create and remove hosts on.
/// </summary>
public sealed record SimCommandLine(IReadOnlyDictionary<string, int> Ports, string Backend, TimeSpan TransitionTime)
{
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The local backend's bridge and subnet when given (null: the local driver's defaults).</summary>
    public string? LocalBridge { get; init; }

    public string? LocalSubnet { get; init; }

    public static readonly IReadOnlyList<string> Providers = ["ec2", "digitalocean", "openstack", "azure"];

    public const string Usage =
        "usage: HostPool.CloudSim [--ec2 PORT] [--digitalocean PORT] [--openstack PORT] [--azure PORT] [--backend local|address-only] [--transition-ms MS] [--token-lifetime-s S] [--local-bridge NAME] [--local-subnet CIDR]\n" +
        "serves each simulator on 127.0.0.1:PORT with GET /_sim/leaks and POST /_sim/faults beside its API.";

    public static SimCommandLine Parse(IReadOnlyList<string> args)
    {
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var backend = "local";
        var transition = TimeSpan.FromMilliseconds(500);
        var tokenLifetime = TimeSpan.FromHours(1);
        string? localBridge = null;
        string? localSubnet = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : throw new ArgumentException($"unexpected '{args[i]}'.\n{Usage}");
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"--{name} needs a value.\n{Usage}");
            if (Providers.Contains(name))
            {
                ports[name] = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port < 65536
                    ? port
                    : throw new ArgumentException($"--{name} needs a port number from 0 to 65535 (got '{value}').");
            }
            else if (name == "backend")
            {
                backend = value is "local" or "address-only" ? value : throw new ArgumentException($"--backend is local or address-only (got '{value}').");
            }
            else if (name == "transition-ms")
            {
                transition = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                    ? TimeSpan.FromMilliseconds(ms)
                    : throw new ArgumentException($"--transition-ms needs milliseconds (got '{value}').");
            }
            else if (name == "token-lifetime-s")
            {
                tokenLifetime = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                    ? TimeSpan.FromSeconds(seconds)
                    : throw new ArgumentException($"--token-lifetime-s needs seconds above 0 (got '{value}').");
            }
            else if (name == "local-bridge")
            {
                localBridge = value;
            }
            else if (name == "local-subnet")
            {
                localSubnet = value;
            }
            else
            {
                throw new ArgumentException($"unknown option --{name}.\n{Usage}");
            }
        }

        return ports.Count > 0 ? new SimCommandLine(ports, backend, transition) { TokenLifetime = tokenLifetime, LocalBridge = localBridge, LocalSubnet = localSubnet } : throw new ArgumentException(Usage);
    }
}

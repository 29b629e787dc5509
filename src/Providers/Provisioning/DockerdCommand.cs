using System.Text.RegularExpressions;
using HostPool.Providers.Model;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// The dockerd command line: the local socket and the mutual-TLS TCP port as its only listeners (hosts are
/// never in daemon.json), then the user's --engine-opt flags (k=v becomes --k=v). Flags hostpool manages
/// itself are refused, so nothing can open a plain TCP port or drop TLS.
/// </summary>
internal static partial class DockerdCommand
{
    /// <summary>The conventional port of an unauthenticated Docker API; hostpool never listens on it.</summary>
    public const int PlainPort = 2375;

    private static readonly HashSet<string> Managed = new(StringComparer.Ordinal)
    {
        "H", "host", "tls", "tlsverify", "tlscacert", "tlscert", "tlskey", "config-file", "pidfile",
        "label", "insecure-registry", "registry-mirror",
    };

    public static IReadOnlyList<string> Build(string dockerd, EngineLayout layout, string localSocket, EngineOptions engine, bool supervised)
    {
        if (engine.Port is <= 0 or > 65535 || engine.Port == PlainPort)
        {
            throw new InvalidInputException(
                $"Engine port {engine.Port} cannot be used: give a TCP port from 1 to 65535 other than {PlainPort} (the conventional unauthenticated port); hostpool serves the Docker API only over mutual TLS, 2376 by default.");
        }

        var arguments = new List<string> { dockerd, "--config-file", layout.DaemonJsonFile, "-H", localSocket, "-H", $"tcp://0.0.0.0:{engine.Port}" };
        if (supervised)
        {
            arguments.Add("--pidfile");
            arguments.Add(layout.DockerdPidFile);
        }

        foreach (var option in engine.Options)
        {
            arguments.Add(Flag(option));
        }

        return arguments;
    }

    /// <summary>The --engine-env values as validated name/value pairs.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Environment(EngineOptions engine)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entry in engine.Environment)
        {
            var equals = entry.IndexOf('=');
            var name = equals < 0 ? entry : entry[..equals];
            if (equals < 0 || !EnvironmentName().IsMatch(name) || HasControlCharacters(entry))
            {
                throw new InvalidInputException($"--engine-env '{entry}' is not NAME=value with a name of letters, digits and underscores. Give it as e.g. HTTP_PROXY=http://proxy:3128.");
            }

            pairs.Add(new(name, entry[(equals + 1)..]));
        }

        return pairs;
    }

    private static string Flag(string option)
    {
        var trimmed = option.TrimStart('-');
        var equals = trimmed.IndexOf('=');
        var key = equals < 0 ? trimmed : trimmed[..equals];
        if (!FlagName().IsMatch(key) || HasControlCharacters(option))
        {
            throw new InvalidInputException($"--engine-opt '{option}' is not a dockerd flag as key=value (e.g. log-level=debug).");
        }

        if (Managed.Contains(key))
        {
            throw new InvalidInputException(
                $"--engine-opt '{option}' sets something hostpool manages (listeners, TLS, labels, registries). Use --engine-label, --engine-insecure-registry or --engine-registry-mirror; the API is always served with mutual TLS.");
        }

        return equals < 0 ? $"--{key}" : $"--{key}={trimmed[(equals + 1)..]}";
    }

    private static bool HasControlCharacters(string value) => value.Any(char.IsControl);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex FlagName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentName();
}

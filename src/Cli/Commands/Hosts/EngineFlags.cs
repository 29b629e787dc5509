using System.CommandLine;
using HostPool.Providers.Model;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>The --engine-* and --tls-san flags of `create`, as Docker Machine had them.</summary>
internal sealed class EngineFlags
{
    private readonly Option<string[]> _labels = Many("--engine-label", "A label for the engine (k=v); repeatable.");
    private readonly Option<string[]> _options = Many("--engine-opt", "A dockerd flag (name=value, e.g. log-level=debug); repeatable.");
    private readonly Option<string[]> _environment = Many("--engine-env", "An environment variable for dockerd (k=v); repeatable.");
    private readonly Option<string[]> _insecureRegistries = Many("--engine-insecure-registry", "A registry the engine may reach without TLS; repeatable.");
    private readonly Option<string[]> _mirrors = Many("--engine-registry-mirror", "A registry mirror for the engine; repeatable.");
    private readonly Option<string?> _installUrl = new("--engine-install-url") { Description = "A script URL that installs Docker when it is missing (default: the OS package manager)." };
    private readonly Option<string?> _dockerVersion = new("--docker-version") { Description = "The Docker version to install when missing (package version prefix)." };
    private readonly Option<string[]> _tlsSans = Many("--tls-san", "An extra name or address for the host's TLS certificate; repeatable.");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _labels, _options, _environment, _insecureRegistries, _mirrors, _installUrl, _dockerVersion, _tlsSans })
        {
            command.Options.Add(option);
        }
    }

    public EngineOptions Engine(ParseResult parse) => new()
    {
        Labels = KeyValues(parse.GetValue(_labels), "--engine-label"),
        Options = KeyValues(parse.GetValue(_options), "--engine-opt", valueRequired: false),
        Environment = KeyValues(parse.GetValue(_environment), "--engine-env"),
        InsecureRegistries = parse.GetValue(_insecureRegistries) ?? [],
        RegistryMirrors = parse.GetValue(_mirrors) ?? [],
        InstallUrl = parse.GetValue(_installUrl),
        DockerVersion = parse.GetValue(_dockerVersion),
    };

    public IReadOnlyList<string> TlsSans(ParseResult parse) => parse.GetValue(_tlsSans) ?? [];

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static IReadOnlyList<string> KeyValues(string[]? values, string flag, bool valueRequired = true)
    {
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=');
            if (equals == 0 || (valueRequired && equals < 0))
            {
                throw new UsageException($"{flag} takes key=value (got '{value}').");
            }
        }

        return values ?? [];
    }
}

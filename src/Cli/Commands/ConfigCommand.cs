using System.CommandLine;
using HostPool.Compose;
using HostPool.Compose.Output;
using Spectre.Console;

namespace HostPool.Cli.Commands;

/// <summary>
/// <c>hostpool config</c>: prints the resolved, normalised compose project (like <c>docker compose config</c>).
/// Invalid input exits non-zero with every problem found; warnings go to standard error.
/// <c>hostpool config NAME</c> prints the docker CLI's TLS flags for a host instead (as Docker Machine's config did).
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("config", "Validate compose files and print the resolved, normalised project; with a host NAME, print the docker TLS flags for it.");
        var host = new Argument<string?>("name") { Description = "A host: print its docker TLS flags, as in docker $(hostpool config NAME) ps.", Arity = ArgumentArity.ZeroOrOne };
        command.Arguments.Add(host);
        var compose = new ComposeOptions().AddTo(command);
        var format = new Option<string>("--format")
        {
            Description = "Output format: yaml or json.",
            DefaultValueFactory = _ => "yaml",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Only validate; print nothing but problems." };
        var services = new Option<bool>("--services") { Description = "Print the names of the enabled services, one per line." };
        command.Options.Add(format);
        command.Options.Add(quiet);
        command.Options.Add(services);

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(host) is { } hostName)
            {
                environment.Out.WriteLine(await HostTlsFlags.ForAsync(environment, hostName, cancellationToken));
                return (int)ExitCode.Success;
            }

            var outputFormat = parse.GetValue(format)?.ToLowerInvariant() switch
            {
                "yaml" or "yml" => ComposeOutputFormat.Yaml,
                "json" => ComposeOutputFormat.Json,
                var other => throw new UsageException($"--format {other} is not a format hostpool prints; use --format yaml or --format json"),
            };

            var result = await ComposeLoader.Create().LoadAsync(compose.ToRequest(parse), cancellationToken);
            foreach (var warning in result.Warnings)
            {
                await environment.Error.WriteLineAsync($"warning: {warning}");
            }

            var output = environment.Out.Profile.Out.Writer;
            if (parse.GetValue(services))
            {
                foreach (var name in result.Project.Services.Keys)
                {
                    await output.WriteLineAsync(name);
                }
            }
            else if (!parse.GetValue(quiet))
            {
                await output.WriteAsync(ComposeProjectSerializer.Serialize(result.Project, outputFormat));
            }

            await output.FlushAsync(cancellationToken);
            return (int)ExitCode.Success;
        });
        return command;
    }
}

using System.CommandLine;
using HostPool.Compose;

namespace HostPool.Cli.Commands;

/// <summary>
/// The compose project options that config, deploy and plan share: -f/--file (repeatable), -p/--project-name,
/// --env-file (repeatable), --profile (repeatable), --project-directory.
/// </summary>
internal sealed class ComposeOptions
{
    public Option<string[]> Files { get; } = new("--file", "-f")
    {
        Description = "Compose file to read (repeat to merge several, later files override earlier ones). Default: compose.yaml in the project directory or COMPOSE_FILE.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> ProjectName { get; } = new("--project-name", "-p")
    {
        Description = "Project name (default: name: in the file, COMPOSE_PROJECT_NAME, or the project folder's name).",
    };

    public Option<string[]> EnvFiles { get; } = new("--env-file")
    {
        Description = "File of variables for interpolation, instead of .env (repeat for several; later files win).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Profiles { get; } = new("--profile")
    {
        Description = "Enable the services of this profile (repeatable; also COMPOSE_PROFILES).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> ProjectDirectory { get; } = new("--project-directory")
    {
        Description = "Project directory: where .env is read and relative paths start (default: the first file's folder).",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public ComposeOptions AddTo(Command command)
    {
        command.Options.Add(Files);
        command.Options.Add(ProjectName);
        command.Options.Add(EnvFiles);
        command.Options.Add(Profiles);
        command.Options.Add(ProjectDirectory);
        return this;
    }

    /// <summary>The load request the parsed options describe, read with the process environment.</summary>
    public ComposeLoadRequest ToRequest(ParseResult parse) => new(
        parse.GetValue(Files) ?? [],
        WorkingDirectory: parse.GetValue(ProjectDirectory),
        ProjectName: parse.GetValue(ProjectName),
        EnvFiles: parse.GetValue(EnvFiles) ?? [],
        Profiles: parse.GetValue(Profiles) ?? []);
}

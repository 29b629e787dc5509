using System.CommandLine;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// The options that say which deployed project a command acts on: -p/--project-name (required unless exactly
/// one project runs on the pool) and --pool.
/// </summary>
internal sealed class ProjectScope
{
    public Option<string?> Project { get; } = new("--project-name", "-p")
    {
        Description = "The project (default: the only project that runs on the pool).",
    };

    public Option<string?> Pool { get; } = new("--pool") { Description = "Only this pool's hosts." };

    public ProjectScope AddTo(Command command)
    {
        command.Options.Add(Project);
        command.Options.Add(Pool);
        return this;
    }
}

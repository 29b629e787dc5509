using System.CommandLine;
using HostPool.Compose;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool down</c>: removes every container of a project from every host, and its volumes with --volumes.</summary>
internal static class DownCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("down", "Stop and remove a project's containers on every host (and its named volumes with --volumes).");
        var compose = new ComposeOptions().AddTo(command);
        var pool = new Option<string?>("--pool") { Description = "Only this pool's hosts." };
        var volumes = new Option<bool>("--volumes", "-v") { Description = "Also remove the named volumes the project created." };
        command.Options.Add(pool);
        command.Options.Add(volumes);
        var locking = PoolLockGuard.AddTo(command, environment);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(compose.ProjectName)
                ?? (await ComposeLoader.Create().LoadAsync(compose.ToRequest(parse), cancellationToken)).Project.Name;
            var outcomes = await locking.HoldAsync(parse, parse.GetValue(pool), "down", name, () => PoolServices.Deployer(environment).DownAsync(name, parse.GetValue(pool), parse.GetValue(volumes), cancellationToken), cancellationToken);
            OutcomeTable.Write(environment, outcomes);
            return OutcomeTable.ExitCode(outcomes, $"of '{name}' could not be removed", "Run down again once the hosts answer.");
        });
        return command;
    }
}

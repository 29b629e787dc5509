using System.CommandLine;
using HostPool.Compose;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool rollback [SERVICE...]</c>: returns services to the containers their last changing deploy replaced or removed.</summary>
internal static class RollbackCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("rollback", "Return a project's services (all, or those named) to their previous deployed configuration; run it again to undo.");
        var compose = new ComposeOptions().AddTo(command);
        var pool = new Option<string?>("--pool") { Description = "The pool the project runs on (default: the only pool)." };
        var services = new Argument<string[]>("SERVICE") { Arity = ArgumentArity.ZeroOrMore, Description = "Services to roll back (default: every service)." };
        command.Options.Add(pool);
        command.Arguments.Add(services);
        var locking = PoolLockGuard.AddTo(command, environment);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(compose.ProjectName)
                ?? (await ComposeLoader.Create().LoadAsync(compose.ToRequest(parse), cancellationToken)).Project.Name;
            var outcomes = await locking.HoldAsync(
                parse, parse.GetValue(pool), "rollback", name, () => PoolServices.Deployer(environment).RollbackAsync(name, parse.GetValue(services) ?? [], parse.GetValue(pool), cancellationToken), cancellationToken);
            OutcomeTable.Write(environment, outcomes);
            return OutcomeTable.ExitCode(outcomes, $"of '{name}' could not be rolled back", "Run rollback again once the hosts answer.");
        });
        return command;
    }
}

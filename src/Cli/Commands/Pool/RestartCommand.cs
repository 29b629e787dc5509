using System.CommandLine;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool restart-service</c>: restarts every replica of the services in place, hosts in parallel, one line
/// per replica (<c>hostpool restart</c> is taken: it restarts hosts, like the other host commands).
/// </summary>
internal static class RestartCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("restart-service", "Restart the replicas of a project's services (all services when none is named), same containers, hosts in parallel.");
        var scope = new ProjectScope().AddTo(command);
        var timeout = new Option<int>("--timeout", "-t") { Description = "Seconds each replica has to stop before it is killed.", DefaultValueFactory = _ => 10 };
        var services = new Argument<string[]>("SERVICE") { Description = "The services to restart (default: all).", Arity = ArgumentArity.ZeroOrMore };
        command.Options.Add(timeout);
        command.Arguments.Add(services);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(timeout) < 0)
            {
                throw new UsageException("--timeout takes a number of seconds, 0 or more.");
            }

            var operations = PoolServices.Operations(environment);
            var replicas = await operations.FindAsync(parse.GetValue(scope.Project), parse.GetValue(services) ?? [], parse.GetValue(scope.Pool), cancellationToken);
            await UnreachableHosts.WarnAsync(environment, replicas, "its replicas were not restarted");
            var outcomes = await operations.RestartAsync(replicas, TimeSpan.FromSeconds(parse.GetValue(timeout)), cancellationToken);
            OutcomeTable.Write(environment, outcomes);
            var failed = outcomes.Where(o => o.Failed).ToList();
            return failed.Count == 0
                ? (int)ExitCode.Success
                : throw new HostPoolException(
                    $"{failed.Count} replica(s) of '{replicas.Project}' did not restart:\n" + string.Join("\n", failed.Select(f => $"  {f.Service}.{f.Replica} on {f.Host}: {f.Error}")) + "\nCheck those hosts with `hostpool status` and restart again.",
                    ExitCode.PartialFailure);
        });
        return command;
    }
}

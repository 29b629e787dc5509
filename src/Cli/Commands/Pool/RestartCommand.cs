using System.CommandLine;
using HostPool.Cli.Commands.Hosts;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool restart NAME...</c>: restarts hosts (as the other host power commands) or the replicas of a project's
/// services in place, hosts in parallel, one line per replica. <see cref="RestartTargets"/> tells which.
/// </summary>
internal static class RestartCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command(
            "restart",
            "Restart hosts, or the replicas of a project's services in place (same containers, hosts in parallel). " +
            "Names that are all hosts restart those hosts; otherwise they are services, all of the project's when none is named. " +
            "-p or --pool always means services.");
        var scope = new ProjectScope().AddTo(command);
        var timeout = new Option<int>("--timeout", "-t") { Description = "Seconds each replica has to stop before it is killed (services only).", DefaultValueFactory = _ => 10 };
        var names = new Argument<string[]>("NAME") { Description = "Hosts, or services of the project (default: all its services).", Arity = ArgumentArity.ZeroOrMore };
        command.Options.Add(timeout);
        command.Arguments.Add(names);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(names) ?? [];
            var hostNames = (await environment.Services.GetRequiredService<IHostStore>().ListAsync(cancellationToken))
                .Select(h => h.Name)
                .ToHashSet(StringComparer.Ordinal);
            var scoped = parse.GetValue(scope.Project) is not null || parse.GetValue(scope.Pool) is not null;
            if (RestartTargets.Choose(given, hostNames, scoped) == RestartTarget.Hosts)
            {
                return parse.GetResult(timeout) is { Implicit: false }
                    ? throw new UsageException($"--timeout applies to services, and {string.Join(", ", given)} are hosts; leave it out to restart the hosts.")
                    : await PowerCommands.RestartHostsAsync(environment, given, cancellationToken);
            }

            try
            {
                return await RestartServicesAsync(environment, parse.GetValue(scope.Project), parse.GetValue(scope.Pool), given, parse.GetValue(timeout), cancellationToken);
            }
            catch (NotFoundException exception) when (!scoped && given.Length > 0)
            {
                // The names might have been meant as hosts.
                throw new NotFoundException($"{exception.Message} No host is named {string.Join(", ", given)} either; `hostpool ls` lists the hosts.");
            }
        });
        return command;
    }

    private static async Task<int> RestartServicesAsync(CliEnvironment environment, string? project, string? pool, string[] services, int timeout, CancellationToken cancellationToken)
    {
        if (timeout < 0)
        {
            throw new UsageException("--timeout takes a number of seconds, 0 or more.");
        }

        var operations = PoolServices.Operations(environment);
        var replicas = await operations.FindAsync(project, services, pool, cancellationToken);
        await UnreachableHosts.WarnAsync(environment, replicas, "its replicas were not restarted");
        var outcomes = await operations.RestartAsync(replicas, TimeSpan.FromSeconds(timeout), cancellationToken);
        OutcomeTable.Write(environment, outcomes);
        var failed = outcomes.Where(o => o.Failed).ToList();
        return failed.Count == 0
            ? (int)ExitCode.Success
            : throw new HostPoolException(
                $"{failed.Count} replica(s) of '{replicas.Project}' did not restart:\n" + string.Join("\n", failed.Select(f => $"  {f.Service}.{f.Replica} on {f.Host}: {f.Error}")) + "\nCheck those hosts with `hostpool status` and restart again.",
                ExitCode.PartialFailure);
    }
}

using System.CommandLine;
using HostPool.Pool.Deploy;
using HostPool.Pool.Mapping;
using HostPool.Pool.Scheduling;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool scale SERVICE=N...</c>: deploys the project with these replica counts instead of the file's. Only
/// the named services change; the next plain deploy goes back to the counts in the file.
/// </summary>
internal static class ScaleCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("scale", "Set how many replicas services run (SERVICE=N ...), placing or removing replicas on the pool; the file's counts return with the next deploy.");
        var compose = new ComposeOptions().AddTo(command);
        var pool = new Option<string?>("--pool") { Description = "The pool the project runs on (default: the only pool)." };
        var counts = new Argument<string[]>("SERVICE=N") { Arity = ArgumentArity.OneOrMore, Description = "Services and their new replica counts." };
        command.Options.Add(pool);
        command.Arguments.Add(counts);
        var locking = PoolLockGuard.AddTo(command, environment);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var overrides = ReplicaOverrides.Parse(parse.GetValue(counts) ?? []);
            var (loaded, _) = await ProjectInput.LoadAsync(environment, compose, parse, cancellationToken);
            var project = ReplicaOverrides.Apply(loaded, overrides);
            var request = new DeployRequest(project, ProjectDemandMapper.Map(project), parse.GetValue(pool), new PlanOptions());
            var report = await locking.HoldAsync(parse, request.Pool, "scale", project.Name, () => PoolServices.Deployer(environment).DeployAsync(request, cancellationToken), cancellationToken);
            OutcomeTable.Write(environment, [.. report.Outcomes.Where(o => overrides.ContainsKey(o.Service))]);
            return OutcomeTable.ExitCode(report.Outcomes, $"of '{project.Name}' failed to scale", "Fix the cause and run scale again.");
        });
        return command;
    }
}

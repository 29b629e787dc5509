using System.CommandLine;
using HostPool.Cli.Rendering;
using Microsoft.Extensions.DependencyInjection;
using HostPool.Pool.Deploy;
using HostPool.Pool.Planning;
using HostPool.Pool.Scheduling;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool deploy</c>: plans a compose project on the live pool, prints the plan, then makes every host match it.
/// Unplaceable replicas stop it before anything changes; a replica failing on its host makes it exit with partial failure.
/// </summary>
internal static class DeployCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("deploy", "Run a compose project on the pool: place every replica, then create, replace or remove containers to match.");
        var compose = new ComposeOptions().AddTo(command);
        var pool = new Option<string?>("--pool") { Description = "Deploy onto this pool's hosts (default: every host)." };
        var strategy = ProjectInput.StrategyOption("Placement strategy: spread, binpack or random.");
        var seed = new Option<int>("--seed") { Description = "Seed for random placement." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the plan and what would change; change nothing." };
        var explain = new Option<bool>("--explain") { Description = "Print the whole plan (placements with reasons, hosts) before deploying." };
        foreach (var option in new Option[] { pool, strategy, seed, dryRun, explain })
        {
            command.Options.Add(option);
        }

        var locking = PoolLockGuard.AddTo(command, environment);

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (project, demand) = await ProjectInput.LoadAsync(environment, compose, parse, cancellationToken);
            var view = new ProgressView(environment, environment.Services.GetRequiredService<TimeProvider>(), [], environment.Error, "REPLICA");
            var request = new DeployRequest(project, demand, parse.GetValue(pool), new PlanOptions { Strategy = parse.GetValue(strategy) ?? "spread", Seed = parse.GetValue(seed) }, parse.GetValue(dryRun))
            {
                Progress = new ReplicaProgress(view),
            };
            DeployReport report;
            try
            {
                report = await locking.HoldAsync(parse, request.Pool, "deploy", project.Name, () => view.RunAsync(() => PoolServices.Deployer(environment).DeployAsync(request, cancellationToken)), cancellationToken);
            }
            catch (UnplacedReplicasException unplaced)
            {
                await environment.Out.Profile.Out.Writer.WriteAsync(PlanTableWriter.Write(unplaced.Plan));
                throw;
            }

            if (parse.GetValue(explain))
            {
                await environment.Out.Profile.Out.Writer.WriteAsync(PlanTableWriter.Write(report.Plan) + "\n");
            }

            OutcomeTable.Write(environment, report.Outcomes);
            foreach (var note in report.Notes)
            {
                environment.Out.MarkupLineInterpolated($"cluster: {note}");
            }

            return OutcomeTable.ExitCode(
                report.Outcomes,
                $"of '{project.Name}' failed on their hosts",
                "Fix the cause and run deploy again: replicas that are up to date are left alone; `hostpool rollback` returns replaced ones to what ran before.");
        });
        return command;
    }
}

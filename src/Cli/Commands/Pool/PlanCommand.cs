using System.CommandLine;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Pool.Planning;
using HostPool.Pool.Scheduling;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool plan</c>: where every replica of a compose project would run (on a hosts file, a simulated
/// pool or the live pool), and why; exits non-zero when any replica cannot be placed, after printing every reason.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("plan", "Show where each replica of a compose project would run, and why, without changing anything.");
        var compose = new ComposeOptions().AddTo(command);
        var hostsFile = new Option<string?>("--hosts") { Description = "A hosts file (YAML) to plan against instead of the live pool." };
        var simulate = new Option<string?>("--simulate-hosts") { Description = "Plan against N identical hosts: count=N,cpus=C,memory=M[,labels=k=v;k2=a|b]." };
        var pool = new Option<string?>("--pool") { Description = "Plan against this pool's live hosts (default: every host)." };
        var strategy = ProjectInput.StrategyOption("Default placement strategy: spread, binpack or random.");
        var seed = new Option<int>("--seed") { Description = "Seed for random choices (the same seed gives the same plan)." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var minHosts = new Option<bool>("--min-hosts") { Description = "With --simulate-hosts: find the fewest such hosts that place every replica." };
        foreach (var option in new Option[] { hostsFile, simulate, pool, strategy, seed, format, minHosts })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var simulated = parse.GetValue(simulate);
            var file = parse.GetValue(hostsFile);
            if (simulated is not null && file is not null)
            {
                throw new UsageException("Give either --hosts or --simulate-hosts, not both.");
            }

            if (parse.GetValue(minHosts) && simulated is null)
            {
                throw new UsageException("--min-hosts needs --simulate-hosts to know the shape of a host, e.g. --simulate-hosts count=1,cpus=4,memory=8g --min-hosts.");
            }

            var (_, demand) = await ProjectInput.LoadAsync(environment, compose, parse, cancellationToken);
            var options = new PlanOptions { Strategy = parse.GetValue(strategy) ?? "spread", Seed = parse.GetValue(seed) };
            DeploymentPlan plan;
            if (simulated is not null && parse.GetValue(minHosts))
            {
                var found = WhatIfPlanner.MinHosts(SimulatedHosts.Parse(simulated), demand, options);
                await environment.Error.WriteLineAsync(found.Hosts is { } count
                    ? $"fewest hosts: {count} (tried {found.Tried} counts)"
                    : $"no count of such hosts places every replica (tried {found.Tried} counts)");
                plan = found.Plan;
            }
            else
            {
                var hosts = simulated is not null ? SimulatedHosts.Parse(simulated).Build()
                    : file is not null ? HostsFile.Parse(await ReadHostsFileAsync(file, cancellationToken), file)
                    : PoolSnapshots.Build(await PoolServices.LivePool(environment).ReadAsync(parse.GetValue(pool), cancellationToken), demand.Name);
                plan = WhatIfPlanner.Plan(hosts, demand, options);
            }

            var output = environment.Out.Profile.Out.Writer;
            await output.WriteAsync(parse.GetValue(format) == "json" ? PlanJsonWriter.Write(plan) : PlanTableWriter.Write(plan));
            await output.FlushAsync(cancellationToken);
            return plan.IsComplete ? (int)ExitCode.Success : throw new UnplacedReplicasException(plan);
        });
        return command;
    }

    private static async Task<string> ReadHostsFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"The hosts file '{path}' cannot be read ({exception.Message}); check the path given to --hosts.", exception);
        }
    }
}

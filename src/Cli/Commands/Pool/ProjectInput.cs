using System.CommandLine;
using HostPool.Compose;
using HostPool.Compose.Model;
using HostPool.Pool.Mapping;
using HostPool.Pool.Scheduling;

namespace HostPool.Cli.Commands.Pool;

/// <summary>Loads the compose project the options name, prints its warnings, and maps it to scheduler demand.</summary>
internal static class ProjectInput
{
    public static async Task<(ComposeProject Project, ProjectDemand Demand)> LoadAsync(
        CliEnvironment environment, ComposeOptions options, ParseResult parse, CancellationToken cancellationToken)
    {
        var result = await ComposeLoader.Create().LoadAsync(options.ToRequest(parse), cancellationToken);
        foreach (var warning in result.Warnings)
        {
            await environment.Error.WriteLineAsync($"warning: {warning}");
        }

        return (result.Project, ProjectDemandMapper.Map(result.Project));
    }

    public static Option<string> StrategyOption(string description)
    {
        var strategy = new Option<string>("--strategy") { Description = description, DefaultValueFactory = _ => "spread" };
        strategy.AcceptOnlyFromAmong("spread", "binpack", "random");
        return strategy;
    }
}

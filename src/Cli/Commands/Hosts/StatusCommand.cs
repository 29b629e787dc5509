using System.CommandLine;
using HostPool.Providers.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class StatusCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var names = HostArguments.Names("status");
        var command = new Command("status", "Print the live state of hosts (asking the provider and the engine).");
        command.Arguments.Add(names);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queries = environment.Services.GetRequiredService<IHostQueries>();
            var hosts = await EachHost.RunAsync(parse.GetValue(names)!, EachHost.DefaultParallelism, queries.GetAsync, cancellationToken);
            var statuses = await queries.GetLiveStatusAsync(hosts, TimeSpan.FromSeconds(10), cancellationToken);
            foreach (var status in statuses)
            {
                var state = HostStateText.Of(status);
                environment.Out.WriteLine(hosts.Count == 1 && status.Error is null ? state : $"{status.Host.Name}: {state}{(status.Error is null ? "" : $" ({status.Error})")}");
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}

using System.CommandLine;
using HostPool.Providers.Hosts;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class InspectCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var name = HostArguments.Name();
        var command = new Command("inspect", "Print everything hostpool keeps about a host, as JSON (no secret is ever stored or shown).");
        command.Arguments.Add(name);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var host = await environment.Services.GetRequiredService<IHostQueries>().GetAsync(parse.GetValue(name)!, cancellationToken);
            environment.Out.WriteLine(HostRecordJson.Serialize(host, indented: true));
            return (int)ExitCode.Success;
        });
        return command;
    }
}

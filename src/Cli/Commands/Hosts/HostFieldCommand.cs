using System.CommandLine;
using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>`ip` and `url`: print one field of each named host, one per line, in the order given.</summary>
internal static class HostFieldCommand
{
    public static Command Ip(CliEnvironment environment) =>
        Create(environment, "ip", "Print the address of hosts.", host => host.PublicAddress);

    public static Command Url(CliEnvironment environment) =>
        Create(environment, "url", "Print the Docker engine URL of hosts (mutual TLS on tcp/2376).", host => host.DockerUrl);

    private static Command Create(CliEnvironment environment, string verb, string description, Func<HostRecord, string?> field)
    {
        var names = HostArguments.Names(verb);
        var command = new Command(verb, description);
        command.Arguments.Add(names);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queries = environment.Services.GetRequiredService<IHostQueries>();
            var values = await EachHost.RunAsync(parse.GetValue(names)!, EachHost.DefaultParallelism, async (name, token) =>
            {
                var host = await queries.GetAsync(name, token);
                return field(host) ?? throw new ConflictException($"Host '{name}' has no address yet (state {host.State}).");
            }, cancellationToken);
            foreach (var value in values)
            {
                environment.Out.WriteLine(value);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}

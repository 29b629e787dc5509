using System.CommandLine;
using HostPool.Providers;
using HostPool.Providers.Hosts;
using HostPool.Providers.Ssh;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class SshCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var name = HostArguments.Name();
        var remote = new Argument<string[]>("command") { Description = "A command to run on the host (after --); without one, an interactive shell.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("ssh", "Log in to a host, or run a command on it, with its key and its pinned host key.");
        command.Arguments.Add(name);
        command.Arguments.Add(remote);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var host = await environment.Services.GetRequiredService<IHostQueries>().GetAsync(parse.GetValue(name)!, cancellationToken);
            var words = parse.GetValue(remote) ?? [];
            if (words.Length == 0)
            {
                var options = await environment.Services.GetRequiredService<OpenSshClientOptions>().ForAsync([host], cancellationToken);
                return await ExternalProcess.RunAttachedAsync(
                    "ssh", [.. options, "-p", host.Ssh!.Port.ToString(), "-t", $"{host.Ssh.User}@{host.Ssh.Address}"], cancellationToken);
            }

            var endpoint = host.Ssh ?? throw new ConflictException($"Host '{host.Name}' has no SSH endpoint yet (state {host.State}).");
            await using var session = await environment.Services.GetRequiredService<ISshConnector>().ConnectAsync(host.Name, endpoint, cancellationToken);
            var result = await session.RunAsync(string.Join(' ', words), cancellationToken);
            environment.Out.Write(new Text(result.StandardOutput));
            await environment.Error.WriteAsync(result.StandardError);
            return result.ExitCode;
        });
        return command;
    }
}

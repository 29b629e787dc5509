using System.CommandLine;
using HostPool.Providers.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class RmCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var names = HostArguments.Names("rm");
        var force = new Option<bool>("--force", "-f") { Description = "Forget hosts even when their provider cannot be reached or fails to remove them." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation." };
        var command = new Command("rm", "Remove hosts: the machine and every resource made for it, the host's folder, its record.");
        command.Arguments.Add(names);
        command.Options.Add(force);
        command.Options.Add(yes);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var hosts = parse.GetValue(names)!;
            if (!parse.GetValue(yes))
            {
                if (!environment.IsInteractive)
                {
                    throw new UsageException("rm asks for confirmation, and there is no terminal to ask on. Add -y to remove without asking.");
                }

                if (!await environment.Out.ConfirmAsync($"Remove {string.Join(", ", hosts)} and everything made for them?", defaultValue: false, cancellationToken))
                {
                    environment.Out.WriteLine("Nothing was removed.");
                    return (int)ExitCode.Success;
                }
            }

            var remover = environment.Services.GetRequiredService<IHostRemover>();
            var warnings = await EachHost.RunAsync(hosts, EachHost.DefaultParallelism,
                (name, token) => remover.RemoveAsync(name, parse.GetValue(force), token), cancellationToken);
            for (var i = 0; i < hosts.Length; i++)
            {
                foreach (var warning in warnings[i])
                {
                    await environment.Error.WriteLineAsync($"warning: {warning}");
                }

                environment.Out.WriteLine($"Removed {hosts[i]}");
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}

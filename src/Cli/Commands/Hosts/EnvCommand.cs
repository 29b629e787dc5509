using System.CommandLine;
using HostPool.Providers;
using HostPool.Providers.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class EnvCommand
{
    private static readonly string[] Variables = ["DOCKER_TLS_VERIFY", "DOCKER_HOST", "DOCKER_CERT_PATH", "HOSTPOOL_ACTIVE_HOST"];

    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string?>("name") { Description = "The host to point the docker CLI at.", Arity = ArgumentArity.ZeroOrOne };
        var shell = new Option<string>("--shell") { Description = "bash (also sh and zsh), fish or powershell.", DefaultValueFactory = _ => "bash" };
        shell.AcceptOnlyFromAmong(ShellEnvironment.Shells);
        var unset = new Option<bool>("--unset", "-u") { Description = "Print the commands that undo a previous env." };

        var command = new Command("env", "Print the shell commands that point the docker CLI at a host over mutual TLS.");
        command.Arguments.Add(name);
        command.Options.Add(shell);
        command.Options.Add(unset);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var syntax = parse.GetValue(shell)!;
            var lines = new List<string>();
            if (parse.GetValue(unset))
            {
                lines.AddRange(Variables.Select(v => ShellEnvironment.Unset(syntax, v)));
                lines.Add(ShellEnvironment.Comment(syntax, "Run this command to configure your shell: " + ShellEnvironment.EvalHint(syntax, $"--unset --shell {syntax}")));
            }
            else
            {
                var hostName = parse.GetValue(name) ?? throw new UsageException("Name the host: hostpool env NAME (or --unset).");
                var host = await environment.Services.GetRequiredService<IHostQueries>().GetAsync(hostName, cancellationToken);
                var url = host.DockerUrl ?? throw new ConflictException($"Host '{hostName}' has no address yet (state {host.State}).");
                var home = environment.Services.GetRequiredService<HostPoolHome>();
                lines.Add(ShellEnvironment.Set(syntax, "DOCKER_TLS_VERIFY", "1"));
                lines.Add(ShellEnvironment.Set(syntax, "DOCKER_HOST", url));
                lines.Add(ShellEnvironment.Set(syntax, "DOCKER_CERT_PATH", home.CertificatesDirectory));
                lines.Add(ShellEnvironment.Set(syntax, "HOSTPOOL_ACTIVE_HOST", host.Name));
                lines.Add(ShellEnvironment.Comment(syntax, "Run this command to configure your shell: " + ShellEnvironment.EvalHint(syntax, $"{host.Name} --shell {syntax}")));
            }

            foreach (var line in lines)
            {
                environment.Out.WriteLine(line);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}

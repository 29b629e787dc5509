using System.CommandLine;
using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands.Hosts;

internal static class ScpCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var source = new Argument<string>("source") { Description = "A local path or NAME:PATH on a host." };
        var destination = new Argument<string>("destination") { Description = "A local path or NAME:PATH on a host." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Copy folders recursively." };
        var command = new Command("scp", "Copy files between this machine and hosts (NAME:PATH), with each host's key and pinned host key.");
        command.Arguments.Add(source);
        command.Arguments.Add(destination);
        command.Options.Add(recursive);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queries = environment.Services.GetRequiredService<IHostQueries>();
            var hosts = new List<HostRecord>();
            var paths = new List<string>();
            foreach (var path in new[] { parse.GetValue(source)!, parse.GetValue(destination)! })
            {
                var colon = path.IndexOf(':');
                if (colon <= 0 || path.StartsWith('/') || path.StartsWith('.'))
                {
                    paths.Add(path);
                    continue;
                }

                var host = await queries.GetAsync(path[..colon], cancellationToken);
                var ssh = host.Ssh ?? throw new ConflictException($"Host '{host.Name}' has no SSH endpoint yet (state {host.State}).");
                hosts.Add(host);
                paths.Add($"scp://{ssh.User}@{(ssh.Address.Contains(':') ? $"[{ssh.Address}]" : ssh.Address)}:{ssh.Port}/{path[(colon + 1)..]}");
            }

            if (hosts.Count == 0)
            {
                throw new UsageException("Name a host on at least one side: hostpool scp FILE NAME:PATH (or NAME:PATH FILE).");
            }

            var options = await environment.Services.GetRequiredService<OpenSshClientOptions>().ForAsync(hosts, cancellationToken);
            var arguments = new List<string>(options) { "-q" };
            if (parse.GetValue(recursive))
            {
                arguments.Add("-r");
            }

            if (hosts.Count == 2)
            {
                arguments.Add("-3");
            }

            arguments.AddRange(paths);
            return await ExternalProcess.RunAttachedAsync("scp", arguments, cancellationToken);
        });
        return command;
    }
}

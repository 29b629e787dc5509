using System.CommandLine;
using HostPool.Pool.Operations;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool logs</c>: every replica's output across the hosts, each line prefixed with its replica; a merged
/// history ordered by time, or with -f every replica followed at once until Ctrl-C.
/// </summary>
internal static class LogsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("logs", "Show the output of a project's replicas on every host, merged, each line prefixed with service.N@host.");
        var scope = new ProjectScope().AddTo(command);
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep following every replica's output until Ctrl-C." };
        var tail = new Option<int?>("--tail", "-n") { Description = "Only the last N lines of each replica." };
        var timestamps = new Option<bool>("--timestamps", "-t") { Description = "Show the engine's time of each line." };
        var services = new Argument<string[]>("SERVICE") { Description = "Only these services (default: all).", Arity = ArgumentArity.ZeroOrMore };
        command.Options.Add(follow);
        command.Options.Add(tail);
        command.Options.Add(timestamps);
        command.Arguments.Add(services);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(tail) is < 0)
            {
                throw new UsageException("--tail takes a number of lines, 0 or more.");
            }

            var operations = PoolServices.Operations(environment);
            var replicas = await operations.FindAsync(parse.GetValue(scope.Project), parse.GetValue(services) ?? [], parse.GetValue(scope.Pool), cancellationToken);
            await UnreachableHosts.WarnAsync(environment, replicas, "the logs of its replicas are missing");

            var sources = replicas.Replicas.Select(r => new LogSource(r.Service, r.Replica, r.Host)).ToList();
            var width = LogLineFormat.Width(sources);
            var colors = LogLineFormat.ColorsOf(sources);
            var writer = environment.Out.Profile.Out.Writer;
            await foreach (var line in operations.LogsAsync(replicas, new LogOptions(parse.GetValue(follow), parse.GetValue(tail)), cancellationToken))
            {
                var prefix = LogLineFormat.Prefix(line.Source, width);
                if (environment.IsInteractive)
                {
                    environment.Out.Write(new Text(prefix, new Style(Style.Parse(colors.GetValueOrDefault(line.Source, "default")).Foreground)));
                }
                else
                {
                    await writer.WriteAsync(prefix);
                }

                await writer.WriteLineAsync(LogLineFormat.Text(line, parse.GetValue(timestamps)));
            }

            await writer.FlushAsync(cancellationToken);
            return (int)ExitCode.Success;
        });
        return command;
    }
}

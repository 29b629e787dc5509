using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool image push IMAGE</c>: copies an image engine to engine onto the hosts that lack it, no registry needed.</summary>
internal static class ImageCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("image", "Images on the pool's hosts.");
        command.Subcommands.Add(Push(environment));
        return command;
    }

    private static Command Push(CliEnvironment environment)
    {
        var image = new Argument<string>("IMAGE") { Description = "The image (name:tag or id)." };
        var hosts = new Option<string[]>("--host") { Description = "Only this host (repeatable; default: every host of the pool).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var pool = new Option<string?>("--pool") { Description = "Every host of this pool (default: every host)." };
        var command = new Command("push", "Copy an image to the hosts that lack it, streamed from your local engine (DOCKER_HOST) or else from a host that has it.")
        {
            Arguments = { image },
            Options = { hosts, pool },
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(image)!;
            var outcomes = await PoolServices.ImagePusher(environment).PushAsync(name, parse.GetValue(hosts) ?? [], parse.GetValue(pool), cancellationToken);
            var table = new Table().NoBorder().AddColumns("HOST", "ACTION", "FROM", "SECONDS", "ERROR");
            foreach (var outcome in outcomes)
            {
                table.AddRow(new[]
                {
                    outcome.Host, outcome.Action, outcome.Source ?? string.Empty,
                    outcome.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), outcome.Error ?? string.Empty,
                }.Select(Markup.Escape).ToArray());
            }

            environment.Out.Write(table);
            var failed = outcomes.Where(o => o.Failed).ToList();
            return failed.Count == 0
                ? (int)ExitCode.Success
                : throw new HostPoolException(
                    $"{name} did not reach {string.Join(", ", failed.Select(f => f.Host))}. Check those hosts with `hostpool status` and push again.",
                    ExitCode.PartialFailure);
        });
        return command;
    }
}

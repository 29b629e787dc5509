using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HostPool.Pool.Membership;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool pool ls | inspect POOL | label HOST KEY=VALUE|KEY-...</c>: pools, their hosts and the hosts' pool labels.</summary>
internal static class PoolCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("pool", "Pools of hosts: list them, inspect one, label hosts for placement.");
        command.Subcommands.Add(Ls(environment));
        command.Subcommands.Add(Inspect(environment));
        command.Subcommands.Add(Label(environment));
        return command;
    }

    private static Command Ls(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("ls", "List pools with their host counts and capacity (engines are asked in parallel).") { Options = { format } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var hosts = await PoolServices.LivePool(environment).ReadAsync(null, cancellationToken);
            var pools = PoolSummary.Of(hosts);
            if (parse.GetValue(format) == "json")
            {
                environment.Out.WriteLine(JsonSerializer.Serialize(pools, Json));
                return (int)ExitCode.Success;
            }

            var table = new Table().NoBorder().AddColumns("POOL", "HOSTS", "READY", "DRAINED", "DOWN", "CPUS", "MEMORY", "CONTAINERS");
            foreach (var pool in pools)
            {
                table.AddRow(pool.Name, Text(pool.Hosts), Text(pool.Ready), Text(pool.Drained), Text(pool.Down), pool.Cpus.ToString("0.##", CultureInfo.InvariantCulture), $"{pool.MemoryBytes / (1024.0 * 1024 * 1024):0.#}GiB", Text(pool.Containers));
            }

            environment.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static Command Inspect(CliEnvironment environment)
    {
        var name = new Argument<string>("POOL") { Description = "The pool to show." };
        var command = new Command("inspect", "Show a pool's hosts as JSON: state, capacity, labels and hostpool containers.") { Arguments = { name } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pool = parse.GetValue(name)!;
            var hosts = await PoolServices.LivePool(environment).ReadAsync(pool, cancellationToken);
            if (hosts.Count == 0)
            {
                throw new NotFoundException($"No host is in pool '{pool}'. Run `hostpool pool ls` to see the pools.");
            }

            environment.Out.WriteLine(JsonSerializer.Serialize(PoolSummary.Describe(pool, hosts), Json));
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static Command Label(CliEnvironment environment)
    {
        var host = new Argument<string>("HOST") { Description = "The host to label." };
        var edits = new Argument<string[]>("LABEL") { Description = "KEY=VALUE to set, KEY- to remove.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("label", "Set or remove pool labels of a host (constraints read them as node.labels.KEY).") { Arguments = { host, edits } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var changes = parse.GetValue(edits) ?? [];
            var store = environment.Services.GetRequiredService<IHostStore>();
            var updated = await store.UpdateAsync(parse.GetValue(host)!, record => record with { Labels = LabelChange.Apply(record.Labels, changes) }, cancellationToken);
            environment.Out.WriteLine(string.Join(",", updated.Labels.Select(l => $"{l.Key}={l.Value}")));
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HostPool.Pool.Operations;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool top</c>: per host, capacity, what hostpool's containers reserved, what they use now, and how many run.</summary>
internal static class TopCommand
{
    private const double GiB = 1024.0 * 1024 * 1024;
    private const double MiB = 1024.0 * 1024;

    public static Command Create(CliEnvironment environment)
    {
        var pool = new Option<string?>("--pool") { Description = "Only this pool's hosts." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("top", "Per host: cpus and memory, reserved by hostpool's containers, used by them now, and how many there are.") { Options = { pool, format } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var hosts = await PoolServices.Top(environment).ReadAsync(parse.GetValue(pool), cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                environment.Out.WriteLine(JsonSerializer.Serialize(hosts, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
                return (int)ExitCode.Success;
            }

            var table = new Table().NoBorder().AddColumns("HOST", "POOL", "CPUS", "RESERVED", "USED", "MEMORY", "RESERVED", "USED", "CONTAINERS", "ERROR");
            foreach (var host in hosts)
            {
                table.AddRow(new[]
                {
                    host.Host, host.Pool, Cpus(host.Cpus), Cpus(host.ReservedCpus), Cpus(host.UsedCpus),
                    $"{host.MemoryBytes / GiB:0.#}GiB", Memory(host.ReservedMemoryBytes), Memory(host.UsedMemoryBytes),
                    $"{host.Running}/{host.Containers}", host.Error ?? string.Empty,
                }.Select(Markup.Escape).ToArray());
            }

            environment.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static string Cpus(double cpus) => cpus.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Memory(long bytes) => bytes >= GiB ? string.Create(CultureInfo.InvariantCulture, $"{bytes / GiB:0.#}GiB") : string.Create(CultureInfo.InvariantCulture, $"{bytes / MiB:0.#}MiB");
}

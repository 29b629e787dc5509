using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool ps</c>: every replica of a project (or of all projects) on the pool, read from the engines' labels.</summary>
internal static class PsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var project = new Option<string?>("--project-name", "-p") { Description = "Only this project (default: every project)." };
        var pool = new Option<string?>("--pool") { Description = "Only this pool's hosts." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("ps", "List the replicas that run on the pool: service, replica, host, state and published address.") { Options = { project, pool, format } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var containers = await PoolServices.Deployer(environment).ListAsync(parse.GetValue(project), parse.GetValue(pool), cancellationToken);
            var addresses = (await environment.Services.GetRequiredService<IHostStore>().ListAsync(cancellationToken))
                .ToDictionary(h => h.Name, h => h.PublicAddress ?? h.Name, StringComparer.Ordinal);
            var rows = containers.Select(c => new
            {
                c.Project,
                c.Service,
                c.Replica,
                c.Host,
                c.State,
                c.Name,
                c.Id,
                Ports = c.Ports.Select(p => string.Create(CultureInfo.InvariantCulture, $"{(p.HostIp is "" or "0.0.0.0" or "::" ? addresses.GetValueOrDefault(c.Host, c.Host) : p.HostIp)}:{p.HostPort}->{p.TargetPort}/{p.Protocol}")).Distinct().ToList(),
            }).ToList();
            if (parse.GetValue(format) == "json")
            {
                environment.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
                return (int)ExitCode.Success;
            }

            var table = new Table().NoBorder().AddColumns("PROJECT", "SERVICE", "REPLICA", "HOST", "STATE", "PORTS");
            foreach (var row in rows)
            {
                table.AddRow(new[] { row.Project, row.Service, row.Replica.ToString(CultureInfo.InvariantCulture), row.Host, row.State, string.Join(", ", row.Ports) }.Select(Markup.Escape).ToArray());
            }

            environment.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json;
using HostPool.Providers.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class LsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var filter = new Option<string[]>("--filter") { Description = "Show only hosts matching KEY=VALUE (name, driver, state, pool, label); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var timeout = new Option<double>("--timeout", "-t") { Description = "Seconds to wait for each host's answer.", DefaultValueFactory = _ => 10 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only host names." };

        var command = new Command("ls", "List hosts with their live state, engine URL and Docker version (hosts are asked in parallel).");
        foreach (var option in new Option[] { filter, format, timeout, quiet })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var hostFilter = HostFilter.Parse(parse.GetValue(filter) ?? []);
            var queries = environment.Services.GetRequiredService<IHostQueries>();
            var hosts = await queries.ListAsync(cancellationToken);
            var statuses = (await queries.GetLiveStatusAsync(hosts, TimeSpan.FromSeconds(parse.GetValue(timeout)), cancellationToken))
                .Where(hostFilter.Matches)
                .ToList();
            if (parse.GetValue(quiet))
            {
                statuses.ForEach(s => environment.Out.WriteLine(s.Host.Name));
            }
            else if (parse.GetValue(format) == "json")
            {
                environment.Out.WriteLine(JsonSerializer.Serialize(statuses.Select(Row), new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
            }
            else
            {
                var table = new Table().NoBorder().AddColumns("NAME", "POOL", "DRIVER", "STATE", "URL", "DOCKER", "LABELS", "ERRORS");
                foreach (var row in statuses.Select(Row))
                {
                    table.AddRow(new[] { row.Name, row.Pool, row.Driver, row.State, row.Url ?? "", row.Docker ?? "", string.Join(",", row.Labels), row.Error ?? "" }
                        .Select(Markup.Escape).ToArray());
                }

                environment.Out.Write(table);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    private static HostRow Row(HostLiveStatus status) => new(
        status.Host.Name,
        status.Host.Pool,
        status.Host.Driver,
        HostStateText.Of(status),
        status.Host.DockerUrl,
        status.EngineVersion ?? status.Host.DockerVersion,
        [.. status.Host.Labels.Select(l => $"{l.Key}={l.Value}"), .. status.Host.Engine.Labels],
        status.Error);

    private sealed record HostRow(string Name, string Pool, string Driver, string State, string? Url, string? Docker, IReadOnlyList<string> Labels, string? Error);
}

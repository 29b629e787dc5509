using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using HostPool.Compose.Mapping;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands;

/// <summary><c>hostpool audit</c>: the log of every change to hosts and projects, newest last.</summary>
internal static class AuditCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliEnvironment environment)
    {
        var since = new Option<string?>("--since") { Description = "Only entries from this long ago (30m, 24h) or since this time (2026-11-24T09:00Z)." };
        var target = new Option<string?>("--target") { Description = "Only entries about this host or project." };
        var limit = new Option<int>("--limit") { Description = "At most this many entries (the newest).", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("audit", "Show who changed which host or project, when, with what command, and how it ended (newest last).")
        {
            Options = { since, target, limit, format },
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var time = environment.Services.GetRequiredService<TimeProvider>();
            var query = new AuditQuery(Since(parse.GetValue(since), time), parse.GetValue(target), parse.GetValue(limit));
            var entries = await environment.Services.GetRequiredService<IAuditLog>().ListAsync(query, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                environment.Out.WriteLine(JsonSerializer.Serialize(entries, Json));
                return (int)ExitCode.Success;
            }

            var table = new Table().NoBorder().AddColumns("TIME", "ACTOR", "ACTION", "TARGET", "RESULT", "COMMAND");
            foreach (var entry in entries)
            {
                var result = entry.Error is null ? entry.Result : $"{entry.Result}: {entry.Error}";
                table.AddRow(PoolLockText.Time(entry.At), Markup.Escape(entry.Actor), Markup.Escape(entry.Action), Markup.Escape(entry.Target), Markup.Escape(result), Markup.Escape(entry.Command));
            }

            environment.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static DateTimeOffset? Since(string? text, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DurationParser.TryParse(text, out var ago) && ago >= TimeSpan.Zero)
        {
            return time.GetUtcNow() - ago;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        throw new UsageException($"--since '{text}' is neither a duration (30m, 24h) nor a time (2026-11-24T09:00Z). Write one of those.");
    }
}

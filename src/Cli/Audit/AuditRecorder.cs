using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using HostPool.Cli.Commands;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Audit;

/// <summary>
/// The audit hook of <see cref="CliApp"/>: for a command in <see cref="AuditedCommands"/> (not a --dry-run), appends
/// one entry per target when the command ends, with its outcome. Targets are the values of the command's first
/// argument (the hosts of <c>rm a b</c>), else what the command noted in <see cref="CliEnvironment.AuditTarget"/>
/// (the project of a deploy), else <c>--project-name</c>, else "-".
/// </summary>
internal sealed class AuditRecorder
{
    private readonly ParseResult _parse;
    private readonly IReadOnlyList<string> _args;
    private readonly CliEnvironment _environment;
    private readonly string _action;

    private AuditRecorder(ParseResult parse, IReadOnlyList<string> args, CliEnvironment environment, string action)
    {
        _parse = parse;
        _args = args;
        _environment = environment;
        _action = action;
    }

    /// <summary>The recorder for this command line; null when the command changes nothing.</summary>
    public static AuditRecorder? For(ParseResult parse, IReadOnlyList<string> args, CliEnvironment environment)
    {
        var path = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult { Command: not RootCommand } command; result = result.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        var action = string.Join(' ', path);
        return AuditedCommands.Names.Contains(action) && !DryRun.IsSet(parse) ? new AuditRecorder(parse, args, environment, action) : null;
    }

    /// <summary>Appends the entries; a log that cannot be written is reported, and never changes the command's outcome.</summary>
    public async Task RecordAsync(int exitCode, string? error)
    {
        var time = _environment.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var actor = ProcessIdentity.Current().Actor;
        var command = CommandLineRedactor.Summarise(_args, _parse.CommandResult.Command);
        var failure = exitCode == 0 ? null : FirstLine(error) ?? $"exit code {exitCode}";
        var entries = Targets()
            .Select(target => new AuditEntry(time, actor, command, target, _action, failure is null ? AuditEntry.Ok : AuditEntry.Failed, failure))
            .ToList();
        try
        {
            await _environment.Services.GetRequiredService<IAuditLog>().AppendAsync(entries, CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or HostPoolException or IOException or UnauthorizedAccessException)
        {
            await _environment.Error.WriteLineAsync($"warning: the audit log could not be written ({FirstLine(exception.Message)}); check HOSTPOOL_HOME's store.");
        }
    }

    private IEnumerable<string> Targets()
    {
        if (_parse.CommandResult.Command.Arguments.FirstOrDefault() is { } argument
            && _parse.GetResult(argument) is { Tokens.Count: > 0 } values)
        {
            return values.Tokens.Select(t => t.Value);
        }

        if (_environment.AuditTarget.Name is { } noted)
        {
            return [noted];
        }

        var projectName = _parse.CommandResult.Command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == "--project-name");
        return [projectName is not null && _parse.GetValue(projectName) is { } name ? name : "-"];
    }

    private static string? FirstLine(string? text) =>
        text?.Split('\n', 2)[0].TrimEnd('\r');
}

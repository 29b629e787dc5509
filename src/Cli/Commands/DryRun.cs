using System.CommandLine;

namespace HostPool.Cli.Commands;

/// <summary>Whether the parsed command has a <c>--dry-run</c> flag and it is set: such a run changes nothing.</summary>
internal static class DryRun
{
    public static bool IsSet(ParseResult parse) =>
        parse.CommandResult.Command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == "--dry-run") is { } dryRun
        && parse.GetValue(dryRun);
}

using System.CommandLine;
using System.CommandLine.Parsing;
using HostPool.Compose.Mapping;

namespace HostPool.Cli.Commands;

/// <summary>An option whose value is a duration written as compose writes them: <c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>0</c>.</summary>
internal static class DurationOption
{
    public static Option<TimeSpan> Create(string name, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => TimeSpan.Zero,
        CustomParser = Parse,
    };

    private static TimeSpan Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (DurationParser.TryParse(text, out var value) && value >= TimeSpan.Zero)
        {
            return value;
        }

        result.AddError($"'{text}' is not a duration. Write it like 30s, 5m or 1h30m.");
        return TimeSpan.Zero;
    }
}

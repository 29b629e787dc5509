using System.Text.RegularExpressions;

namespace HostPool.Pool.Scheduling;

/// <summary>
/// Matches an attribute value, case-insensitively: a literal, a glob (`*`, `?`, whole value) or a
/// `/regex/` (found anywhere in the value unless anchored).
/// </summary>
internal sealed class ValueMatcher
{
    private readonly string? literal;
    private readonly Regex? regex;

    private ValueMatcher(string? literal, Regex? regex)
    {
        this.literal = literal;
        this.regex = regex;
    }

    public static ValueMatcher Parse(string pattern, string context)
    {
        if (pattern.Length >= 2 && pattern[0] == '/' && pattern[^1] == '/')
        {
            return new ValueMatcher(null, Compile(pattern[1..^1], context));
        }

        if (pattern.Contains('*') || pattern.Contains('?'))
        {
            var glob = "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$";
            return new ValueMatcher(null, Compile(glob, context));
        }

        return new ValueMatcher(pattern, null);
    }

    /// <summary>A whole-value regular expression (Marathon's LIKE and UNLIKE).</summary>
    public static ValueMatcher FullRegex(string pattern, string context) =>
        new(null, Compile("^(?:" + pattern + ")$", context));

    public bool Matches(string? value) =>
        value is not null && (regex?.IsMatch(value) ?? string.Equals(literal, value, StringComparison.OrdinalIgnoreCase));

    private static Regex Compile(string pattern, string context)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            throw new InvalidInputException($"{context}: '{pattern}' is not a valid regular expression ({exception.Message}); fix the pattern.", exception);
        }
    }
}

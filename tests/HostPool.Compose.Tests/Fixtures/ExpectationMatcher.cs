using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>
/// Compares a value of the canonical project tree with a fixture's <c>equals</c>, by the rules of INDEX.md: null is
/// unset, absent or empty; a mapping lists only the fields checked; durations compare as time spans; numbers by value.
/// </summary>
internal static partial class ExpectationMatcher
{
    /// <summary>Null when the values match, else a description of the first difference.</summary>
    public static string? Mismatch(JsonNode? expected, object? actual, string where)
    {
        switch (expected)
        {
            case null:
                return IsUnset(actual) ? null : $"{where}: expected unset, got {Show(actual)}";
            case JsonObject fields:
                if (actual is not IReadOnlyDictionary<string, object?> map)
                {
                    return $"{where}: expected a mapping, got {Show(actual)}";
                }

                foreach (var (key, value) in fields)
                {
                    var found = map.TryGetValue(key, out var item);
                    if (Mismatch(value, found ? item : null, $"{where}.{key}") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonArray items:
                var list = actual is IEnumerable e and not string and not IDictionary ? e.Cast<object?>().ToList() : null;
                if (list is null || list.Count != items.Count)
                {
                    return $"{where}: expected {items.Count} items {items.ToJsonString()}, got {Show(actual)}";
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (Mismatch(items[i], list[i], $"{where}[{i}]") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            default:
                return ScalarMatches(expected.AsValue(), actual) ? null : $"{where}: expected {expected.ToJsonString()}, got {Show(actual)}";
        }
    }

    private static bool ScalarMatches(JsonValue expected, object? actual)
    {
        switch (expected.GetValueKind())
        {
            case JsonValueKind.True or JsonValueKind.False:
                return actual is bool b && b == expected.GetValue<bool>();
            case JsonValueKind.Number:
                var number = expected.GetValue<double>();
                return actual switch
                {
                    long l => Math.Abs(l - number) < 1e-9,
                    int i => Math.Abs(i - number) < 1e-9,
                    double d => Math.Abs(d - number) < 1e-9 * Math.Max(1, Math.Abs(number)),
                    _ => false,
                };
            default:
                var text = expected.GetValue<string>();
                if (actual is not string s)
                {
                    return false;
                }

                if (s == text)
                {
                    return true;
                }

                return TryDuration(text, out var a) && TryDuration(s, out var b2) && a == b2;
        }
    }

    private static bool IsUnset(object? actual) => actual switch
    {
        null => true,
        string s => s.Length == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };

    private static string Show(object? value) => value switch
    {
        null => "nothing",
        string s => $"\"{s}\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {Show(p.Value)}")) + "}",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    /// <summary>A Go duration (<c>1m30s</c>, <c>500ms</c>) as a span, parsed independently of the loader's parser.</summary>
    private static bool TryDuration(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var parts = DurationPart().Matches(text);
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)) != text)
        {
            return false;
        }

        foreach (Match part in parts)
        {
            var amount = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            value += part.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "ms" => TimeSpan.FromMilliseconds(amount),
                _ => TimeSpan.FromMicroseconds(amount),
            };
        }

        return true;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(h|ms|m|s|us|µs)")]
    private static partial Regex DurationPart();
}

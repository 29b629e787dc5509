using System.Globalization;

namespace HostPool.Pool.Operations;

/// <summary>
/// Splits the RFC 3339 timestamp (nanoseconds, UTC) an engine puts before each log line when asked
/// (<c>2024-05-01T12:00:00.123456789Z text</c>). .NET keeps 100 ns ticks, so digits past the seventh are dropped.
/// </summary>
internal static class LogTimestamp
{
    public static (DateTimeOffset? Timestamp, string Text) Split(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var stamp = space < 0 ? line : line[..space];
        if (!TryParse(stamp, out var timestamp))
        {
            return (null, line);
        }

        return (timestamp, space < 0 ? string.Empty : line[(space + 1)..]);
    }

    private static bool TryParse(string stamp, out DateTimeOffset timestamp)
    {
        var dot = stamp.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var zone = stamp.IndexOfAny(['Z', '+', '-'], dot);
            var end = zone < 0 ? stamp.Length : zone;
            var fraction = stamp[(dot + 1)..end];
            stamp = stamp[..dot] + (fraction.Length > 0 ? "." + fraction[..Math.Min(7, fraction.Length)] : string.Empty) + stamp[end..];
        }

        return DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out timestamp)
            && stamp.Length >= 20 && stamp[4] == '-' && stamp[10] == 'T';
    }
}

using System.Globalization;
using HostPool.Pool.Operations;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// How <c>hostpool logs</c> shows a line: <c>service.N@host | text</c>, prefixes padded to one width so the
/// text lines up, the engine's time before the text when asked.
/// </summary>
internal static class LogLineFormat
{
    private static readonly string[] Colors = ["cyan", "yellow", "green", "magenta", "blue", "red", "aqua", "fuchsia", "lime", "olive"];

    public static int Width(IEnumerable<LogSource> sources) => sources.Select(s => s.Prefix.Length).DefaultIfEmpty(0).Max();

    public static string Prefix(LogSource source, int width) => source.Prefix.PadRight(width) + " | ";

    public static string Text(LogLine line, bool timestamps) =>
        timestamps && line.Timestamp is { } at
            ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + " " + line.Text
            : line.Text;

    /// <summary>A color per replica, in the order given, cycling when there are more replicas than colors.</summary>
    public static IReadOnlyDictionary<LogSource, string> ColorsOf(IReadOnlyList<LogSource> sources) =>
        sources.Distinct().Select((source, index) => (source, Colors[index % Colors.Length])).ToDictionary(p => p.source, p => p.Item2);
}

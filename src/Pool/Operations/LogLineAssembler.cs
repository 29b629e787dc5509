using System.Text;

namespace HostPool.Pool.Operations;

/// <summary>
/// Turns the frames of one replica's log stream back into lines: a frame may end mid-line or mid-character,
/// and stdout and stderr frames interleave, so each stream keeps its own decoder and unfinished line.
/// </summary>
internal sealed class LogLineAssembler(LogSource source, bool timestamped)
{
    private readonly Pending _out = new();
    private readonly Pending _error = new();

    /// <summary>Feeds one frame's bytes; returns the lines it completed.</summary>
    public IReadOnlyList<LogLine> Add(ReadOnlySpan<byte> bytes, bool isError)
    {
        var pending = isError ? _error : _out;
        var chars = new char[pending.Decoder.GetCharCount(bytes, flush: false)];
        pending.Decoder.GetChars(bytes, chars, flush: false);
        pending.Text.Append(chars);
        var lines = new List<LogLine>();
        int newline;
        while ((newline = IndexOfNewline(pending.Text)) >= 0)
        {
            lines.Add(Line(pending.Text.ToString(0, newline).TrimEnd('\r'), isError));
            pending.Text.Remove(0, newline + 1);
        }

        return lines;
    }

    /// <summary>At the end of the stream: the unfinished last lines, if any.</summary>
    public IReadOnlyList<LogLine> Flush() =>
        [.. new[] { (_out, false), (_error, true) }.Where(p => p.Item1.Text.Length > 0).Select(p => Line(p.Item1.Text.ToString(), p.Item2))];

    private LogLine Line(string text, bool isError)
    {
        if (!timestamped)
        {
            return new LogLine(source, null, isError, text);
        }

        var (timestamp, rest) = LogTimestamp.Split(text);
        return new LogLine(source, timestamp, isError, rest);
    }

    private static int IndexOfNewline(StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Pending
    {
        public Decoder Decoder { get; } = new UTF8Encoding(false).GetDecoder();

        public StringBuilder Text { get; } = new();
    }
}

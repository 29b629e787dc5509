using System.Globalization;

namespace HostPool.Compose.Mapping;

/// <summary>Parses Go-style durations as compose writes them: <c>1h30m</c>, <c>10s</c>, <c>1.5s</c>, <c>500ms</c>, <c>250us</c>, <c>0</c>.</summary>
internal static class DurationParser
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var s = text.Trim();
        if (s.Length == 0)
        {
            return false;
        }

        var negative = s[0] == '-';
        if (s[0] is '-' or '+')
        {
            s = s[1..];
        }

        if (s == "0")
        {
            return true;
        }

        double totalTicks = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (start == i || !double.TryParse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            double? ticksPerUnit = s[unitStart..i] switch
            {
                "ns" => 0.01,
                "us" or "µs" or "μs" => TimeSpan.TicksPerMicrosecond,
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                "h" => TimeSpan.TicksPerHour,
                _ => null,
            };
            if (ticksPerUnit is null)
            {
                return false;
            }

            totalTicks += number * ticksPerUnit.Value;
        }

        if (totalTicks > long.MaxValue)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(negative ? -totalTicks : totalTicks));
        return true;
    }
}

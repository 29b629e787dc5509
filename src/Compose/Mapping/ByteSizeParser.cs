using System.Globalization;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Parses byte sizes as docker does (binary units): a plain number of bytes, or a number with <c>b</c>, <c>k</c>,
/// <c>m</c>, <c>g</c>, <c>t</c>, <c>p</c>, optionally followed by <c>b</c> or <c>ib</c> (<c>50M</c>, <c>2gb</c>, <c>1.5GiB</c>).
/// </summary>
internal static class ByteSizeParser
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim().ToLowerInvariant();
        var end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.'))
        {
            end++;
        }

        if (end == 0 || !double.TryParse(s.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = s[end..].Trim();
        if (unit.EndsWith("ib", StringComparison.Ordinal))
        {
            unit = unit[..^2];
        }
        else if (unit.Length > 1 && unit.EndsWith('b'))
        {
            unit = unit[..^1];
        }

        double? multiplier = unit switch
        {
            "" or "b" => 1,
            "k" => 1L << 10,
            "m" => 1L << 20,
            "g" => 1L << 30,
            "t" => 1L << 40,
            "p" => 1L << 50,
            _ => null,
        };
        if (multiplier is null || number * multiplier.Value > long.MaxValue)
        {
            return false;
        }

        bytes = (long)(number * multiplier.Value);
        return true;
    }
}

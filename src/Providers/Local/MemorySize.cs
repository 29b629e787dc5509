using System.Globalization;
using System.Text.RegularExpressions;

namespace HostPool.Providers.Local;

/// <summary>Parses sizes like "2GiB", "2048MiB", "512m", "1g" or plain bytes (binary units).</summary>
internal static partial class MemorySize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var shift = char.ToLowerInvariant(match.Groups[2].Value.FirstOrDefault()) switch
        {
            'k' => 10,
            'm' => 20,
            'g' => 30,
            't' => 40,
            _ => 0,
        };
        bytes = (long)(number * (1L << shift));
        return bytes > 0;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*([kmgtKMGT]?)(?:i?[bB])?$")]
    private static partial Regex SizePattern();
}

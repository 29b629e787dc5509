using System.Globalization;

namespace HostPool.Pool.Scheduling;

/// <summary>Byte counts in the words compose uses: 512m, 2g, 1.5GiB, 1073741824.</summary>
internal static class MemoryText
{
    public static string Format(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var unit = 0;
        while (Math.Abs(bytes) >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return bytes.ToString(unit == 0 ? "0" : "0.##", CultureInfo.InvariantCulture) + units[unit];
    }

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim().ToLowerInvariant();
        var split = 0;
        while (split < trimmed.Length && (char.IsDigit(trimmed[split]) || trimmed[split] == '.'))
        {
            split++;
        }

        if (split == 0 || !double.TryParse(trimmed[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        double? multiplier = trimmed[split..].Trim() switch
        {
            "" or "b" => 1,
            "k" or "kb" or "kib" => 1024,
            "m" or "mb" or "mib" => 1024 * 1024,
            "g" or "gb" or "gib" => 1024d * 1024 * 1024,
            "t" or "tb" or "tib" => 1024d * 1024 * 1024 * 1024,
            _ => null,
        };
        if (multiplier is null || number < 0)
        {
            return false;
        }

        bytes = (long)Math.Round(number * multiplier.Value);
        return true;
    }
}

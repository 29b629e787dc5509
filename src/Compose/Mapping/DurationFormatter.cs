using System.Globalization;
using System.Text;

namespace HostPool.Compose.Mapping;

/// <summary>Writes a duration the way Go does (<c>1h2m3s</c>, <c>1m30s</c>, <c>1.5s</c>, <c>500ms</c>, <c>0s</c>), the canonical form of <c>config</c>.</summary>
internal static class DurationFormatter
{
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        if (value < TimeSpan.Zero)
        {
            builder.Append('-');
            value = value.Negate();
        }

        if (value < TimeSpan.FromSeconds(1))
        {
            var ms = value.Ticks / (double)TimeSpan.TicksPerMillisecond;
            return builder.Append(ms >= 1
                ? ms.ToString("0.######", CultureInfo.InvariantCulture) + "ms"
                : (value.Ticks / (double)TimeSpan.TicksPerMicrosecond).ToString("0.###", CultureInfo.InvariantCulture) + "µs").ToString();
        }

        var hours = (long)value.TotalHours;
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }

        if (hours > 0 || value.Minutes > 0)
        {
            builder.Append(value.Minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }

        var seconds = value.Seconds + ((value.Ticks % TimeSpan.TicksPerSecond) / (double)TimeSpan.TicksPerSecond);
        builder.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('s');
        return builder.ToString();
    }
}

using HostPool.Compose.Model;

namespace HostPool.Pool.Mapping;

/// <summary>The services a service must share a host with: <c>network_mode: service:X</c> and <c>volumes_from</c>.</summary>
internal static class SharedHost
{
    private const string ServicePrefix = "service:";

    public static IReadOnlyList<string> Of(ComposeService service)
    {
        var names = new List<string>();
        if (service.NetworkMode is { } mode && mode.StartsWith(ServicePrefix, StringComparison.Ordinal))
        {
            names.Add(mode[ServicePrefix.Length..]);
        }

        foreach (var source in service.VolumesFrom)
        {
            if (source.StartsWith("container:", StringComparison.Ordinal))
            {
                continue;
            }

            var name = source.StartsWith(ServicePrefix, StringComparison.Ordinal) ? source[ServicePrefix.Length..] : source;
            var colon = name.IndexOf(':');
            names.Add(colon < 0 ? name : name[..colon]);
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }
}

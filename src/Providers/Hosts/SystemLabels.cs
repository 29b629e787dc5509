using HostPool.Providers.Model;

namespace HostPool.Providers.Hosts;

/// <summary>The engine labels hostpool puts on every host, before the user's --engine-label ones.</summary>
internal static class SystemLabels
{
    public static IReadOnlyList<string> For(HostRecord host)
    {
        var labels = new List<string>
        {
            $"provider={host.Driver}",
            $"hostpool.host={host.Name}",
            $"hostpool.pool={host.Pool}",
        };
        if (!string.IsNullOrEmpty(host.Region))
        {
            labels.Add($"region={host.Region}");
        }

        return labels;
    }
}

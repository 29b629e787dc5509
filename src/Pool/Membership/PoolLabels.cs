using HostPool.Providers.Model;

namespace HostPool.Pool.Membership;

/// <summary>The pool label <c>hostpool.drained=true</c> (set by `drain`) keeps new replicas away from a host.</summary>
public static class PoolLabels
{
    public const string Drained = "hostpool.drained";

    public static bool IsDrained(HostRecord host) =>
        host.Labels.TryGetValue(Drained, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}

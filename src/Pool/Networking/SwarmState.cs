using HostPool.Providers.Model;

namespace HostPool.Pool.Networking;

/// <summary>
/// The pool's Swarm-mode cluster after <see cref="PoolSwarm.EnsureAsync"/>: its id, the manager hostpool talks to,
/// and the hosts that could not be made members (by name, with the reason).
/// </summary>
internal sealed record SwarmState(string ClusterId, HostRecord Manager, IReadOnlyDictionary<string, string> Failures)
{
    /// <summary>What keeping the cluster's shape did or could not do (promotions, stale nodes removed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

using HostPool.Compose.Model;

namespace HostPool.Pool.Deploy;

/// <summary>
/// How a changed service's replicas are replaced, from <c>deploy.update_config</c> with Swarm's defaults:
/// one at a time, no delay, stop-first, pause on failure, no failures tolerated. A replica counts as failed when
/// it does not come up, or, within <see cref="Monitor"/> after it started (and until healthy when it has a
/// healthcheck), stops or turns unhealthy.
/// </summary>
internal sealed record RolloutPolicy(int Parallelism, TimeSpan Delay, bool StartFirst, string FailureAction, TimeSpan Monitor, double MaxFailureRatio)
{
    public const string Pause = "pause";
    public const string Continue = "continue";
    public const string Rollback = "rollback";

    public static RolloutPolicy Of(ComposeService service)
    {
        var update = service.Deploy?.UpdateConfig;
        return new RolloutPolicy(
            update?.Parallelism is { } parallelism ? (int)Math.Clamp(parallelism, 0, int.MaxValue) : 1,
            update?.Delay ?? TimeSpan.Zero,
            update?.Order == "start-first",
            update?.FailureAction ?? Pause,
            update?.Monitor ?? TimeSpan.Zero,
            update?.MaxFailureRatio ?? 0);
    }

    /// <summary>The replacements in the order and batches they run (parallelism 0: all at once).</summary>
    public IReadOnlyList<IReadOnlyList<T>> Batches<T>(IReadOnlyList<T> replacements) =>
        [.. replacements.Chunk(Parallelism <= 0 ? Math.Max(1, replacements.Count) : Parallelism).Select(batch => (IReadOnlyList<T>)batch)];

    /// <summary>Whether this many failures out of that many replacements exceed what the policy tolerates.</summary>
    public bool Exceeded(int failures, int replacements) => failures > Math.Floor(MaxFailureRatio * replacements);
}

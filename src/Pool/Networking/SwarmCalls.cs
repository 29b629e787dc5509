using Docker.DotNet;
using Polly;

namespace HostPool.Pool.Networking;

/// <summary>
/// Calls to the cluster's control plane. Right after managers are promoted or demoted the cluster elects a leader,
/// and for a few seconds managers answer "context deadline exceeded", "Unavailable" or "does not have a leader";
/// such answers are retried (named pipeline, short constant waits, about 30 s in all: on a busy machine an election
/// can take that long) before they count.
/// </summary>
internal static class SwarmCalls
{
    private static readonly ResiliencePipeline Settle =
        Deploy.EngineRetries.WhileSettling("hostpool-swarm-settle", IsSettling, attempts: 60, TimeSpan.FromMilliseconds(500));

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        await Settle.ExecuteAsync(async token => await call(token), cancellationToken);

    public static async Task RunAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await Settle.ExecuteAsync(async token => await call(token), cancellationToken);

    internal static bool IsSettling(DockerApiException exception) =>
        exception.ResponseBody is { } body
        && (body.Contains("deadline exceeded", StringComparison.OrdinalIgnoreCase)
            || body.Contains("DeadlineExceeded", StringComparison.Ordinal)
            || body.Contains("code = Unavailable", StringComparison.Ordinal)
            || body.Contains("does not have a leader", StringComparison.OrdinalIgnoreCase));
}

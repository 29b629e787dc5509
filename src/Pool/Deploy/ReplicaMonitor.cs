using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Watches a replica that just started: with a healthcheck, until the engine calls it healthy (failing when it
/// turns unhealthy, stops, or the checks' own time runs out); then for the monitor period, failing if it stops
/// (a one-shot that exits 0 is fine) or turns unhealthy. Polls the engine at a fixed interval on the injected clock.
/// </summary>
internal sealed class ReplicaMonitor(TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public async Task<string?> WatchAsync(IDockerClient engine, string id, TimeSpan monitor, CancellationToken cancellationToken)
    {
        var inspect = await engine.Containers.InspectContainerAsync(id, cancellationToken);
        var healthDeadline = HasHealthcheck(inspect) ? time.GetUtcNow() + HealthBudget(inspect.Config?.Healthcheck) : (DateTimeOffset?)null;
        var monitorEnd = time.GetUtcNow() + monitor;
        while (true)
        {
            var problem = Problem(inspect);
            if (problem is not null)
            {
                return problem;
            }

            var healthy = healthDeadline is null || inspect.State?.Health?.Status == "healthy";
            if (!healthy && time.GetUtcNow() > healthDeadline)
            {
                return $"not healthy within {HealthBudget(inspect.Config?.Healthcheck).TotalSeconds:0}s of health checks";
            }

            if (healthy && time.GetUtcNow() >= monitorEnd)
            {
                return null;
            }

            await Task.Delay(Poll, time, cancellationToken);
            inspect = await engine.Containers.InspectContainerAsync(id, cancellationToken);
        }
    }

    /// <summary>Why a replica counts as failed now, or null.</summary>
    internal static string? Problem(ContainerInspectResponse inspect)
    {
        var state = inspect.State;
        if (state is null)
        {
            return null;
        }

        if (state.Health?.Status == "unhealthy")
        {
            var last = state.Health.Log?.LastOrDefault()?.Output?.Trim();
            return $"unhealthy{(string.IsNullOrEmpty(last) ? string.Empty : ": " + last)}";
        }

        return state.Running || state.Restarting || (state.Status == "exited" && state.ExitCode == 0)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"stopped with exit code {state.ExitCode}{(string.IsNullOrEmpty(state.Error) ? string.Empty : ": " + state.Error)}");
    }

    internal static bool HasHealthcheck(ContainerInspectResponse inspect) =>
        inspect.Config?.Healthcheck?.Test is { Count: > 0 } test && test[0] != "NONE";

    /// <summary>How long the checks may take to call a replica healthy: start period plus every retry (engine defaults 30s, 30s, 3).</summary>
    internal static TimeSpan HealthBudget(HealthcheckConfig? check)
    {
        if (check is null)
        {
            return TimeSpan.Zero;
        }

        var interval = check.Interval > TimeSpan.Zero ? check.Interval : TimeSpan.FromSeconds(30);
        var timeout = check.Timeout > TimeSpan.Zero ? check.Timeout : TimeSpan.FromSeconds(30);
        var retries = check.Retries > 0 ? check.Retries.Value : 3;
        return (check.StartPeriod ?? TimeSpan.Zero) + ((interval.Value + timeout.Value) * (retries + 1));
    }
}

using System.Globalization;
using Docker.DotNet;
using HostPool.Compose.Model;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Waits, across hosts, for a service's <c>depends_on</c> condition on another service's replicas: started (its
/// rollout is done), healthy (every replica's healthcheck passes) or completed successfully (every replica exited 0).
/// Says why when the condition cannot be met.
/// </summary>
internal sealed class DependencyGate(RolloutContext context)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CompletionBudget = TimeSpan.FromMinutes(15);

    public async Task<string?> WaitAsync(string dependency, ServiceDependency condition, IReadOnlyList<(string Host, string Id)> replicas, CancellationToken cancellationToken)
    {
        if (condition.Condition == ServiceDependency.Started)
        {
            return null;
        }

        if (replicas.Count == 0)
        {
            return condition.Required ? $"depends on {dependency}, which has no running replica" : null;
        }

        foreach (var (host, id) in replicas)
        {
            string? unmet = null;
            var failed = await EngineErrors.TryAsync(async () => unmet = await WaitOneAsync(context.Engines.For(context.Hosts[host]), dependency, condition.Condition, id, cancellationToken));
            if ((failed ?? unmet) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private async Task<string?> WaitOneAsync(IDockerClient engine, string dependency, string condition, string id, CancellationToken cancellationToken)
    {
        var inspect = await engine.Containers.InspectContainerAsync(id, cancellationToken);
        if (condition == ServiceDependency.Healthy && !ReplicaMonitor.HasHealthcheck(inspect))
        {
            return $"depends on {dependency} being healthy, but {dependency} has no healthcheck; add one, or use condition: service_started";
        }

        var deadline = context.Time.GetUtcNow() + (condition == ServiceDependency.Healthy ? ReplicaMonitor.HealthBudget(inspect.Config?.Healthcheck) : CompletionBudget);
        while (true)
        {
            var state = inspect.State;
            if (condition == ServiceDependency.Healthy)
            {
                switch (state?.Health?.Status)
                {
                    case "healthy":
                        return null;
                    case "unhealthy":
                        return $"depends on {dependency} being healthy, but {inspect.Name.TrimStart('/')} is unhealthy";
                }

                if (state is { Running: false, Restarting: false })
                {
                    return string.Create(CultureInfo.InvariantCulture, $"depends on {dependency} being healthy, but {inspect.Name.TrimStart('/')} stopped with exit code {state.ExitCode}");
                }
            }
            else if (state is { Running: false, Restarting: false, Status: "exited" })
            {
                return state.ExitCode == 0
                    ? null
                    : string.Create(CultureInfo.InvariantCulture, $"depends on {dependency} completing successfully, but {inspect.Name.TrimStart('/')} exited with code {state.ExitCode}");
            }

            if (context.Time.GetUtcNow() > deadline)
            {
                return $"gave up waiting for {dependency} ({condition}) on {inspect.Name.TrimStart('/')}";
            }

            await Task.Delay(Poll, context.Time, cancellationToken);
            inspect = await engine.Containers.InspectContainerAsync(id, cancellationToken);
        }
    }
}

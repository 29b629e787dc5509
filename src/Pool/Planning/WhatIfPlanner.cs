using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>
/// `hostpool plan`: places a project on hosts (from a hosts file, a simulated shape or the live pool's
/// snapshots) without touching any engine.
/// </summary>
public static class WhatIfPlanner
{
    /// <exception cref="InvalidInputException">A rule, strategy, reference or host figure cannot be used.</exception>
    public static DeploymentPlan Plan(IReadOnlyList<HostSnapshot> hosts, ProjectDemand project, PlanOptions options) =>
        Schedulers.Create().Plan(hosts, project, options);

    /// <summary>The smallest count of <paramref name="shape"/> hosts that places every replica.</summary>
    public static MinHostsResult MinHosts(SimulatedHostShape shape, ProjectDemand project, PlanOptions options, int maxHosts = 100_000) =>
        MinHostsSearch.Find(shape, project, options, maxHosts);
}

using HostPool.Compose.Model;

namespace HostPool.Compose.Output;

/// <summary>The canonical plain-data form of a <c>deploy</c> section.</summary>
internal static class DeployTree
{
    public static TreeBuilder? Build(DeployConfig? d) => d is null ? null : new TreeBuilder()
        .Add("mode", ModeName(d.Mode))
        .Add("replicas", d.Replicas is { } r ? (long)r : null)
        .Add("labels", ProjectTree.Strings(d.Labels))
        .Add("endpoint_mode", d.EndpointMode)
        .Add("resources", new TreeBuilder().Add("limits", Resources(d.Resources.Limits)).Add("reservations", Resources(d.Resources.Reservations)))
        .Add("placement", new TreeBuilder()
            .Add("constraints", d.Placement.Constraints)
            .Add("preferences", d.Placement.Preferences.Select(p => new TreeBuilder().Add("spread", p.Spread).Values).ToList())
            .Add("max_replicas_per_node", d.Placement.MaxReplicasPerNode is { } m ? (long)m : null))
        .Add("update_config", Update(d.UpdateConfig))
        .Add("rollback_config", Update(d.RollbackConfig))
        .Add("restart_policy", d.RestartPolicy is not { } p ? null : new TreeBuilder()
            .Add("condition", p.Condition)
            .Add("delay", ProjectTree.Duration(p.Delay))
            .Add("max_attempts", p.MaxAttempts is { } a ? (long)a : null)
            .Add("window", ProjectTree.Duration(p.Window)));

    public static string ModeName(DeployMode mode) => mode switch
    {
        DeployMode.Global => "global",
        DeployMode.ReplicatedJob => "replicated-job",
        DeployMode.GlobalJob => "global-job",
        _ => "replicated",
    };

    private static TreeBuilder? Resources(ResourceSpec? r) => r is null ? null : new TreeBuilder()
        .Add("cpus", r.Cpus)
        .Add("memory", r.MemoryBytes)
        .Add("pids", r.Pids)
        .Add("devices", r.Devices.Select(Device).ToList())
        .Add("generic_resources", r.GenericResources.Select(g => new TreeBuilder()
            .Add(g.Value is null ? "named_resource_spec" : "discrete_resource_spec", new TreeBuilder().Add("kind", g.Kind).Add("value", (object?)g.Value ?? g.NamedValue)).Values).ToList());

    private static IReadOnlyDictionary<string, object?> Device(DeviceRequest d) => new TreeBuilder()
        .Add("capabilities", d.Capabilities)
        .Add("driver", d.Driver)
        .Add("count", d.AllDevices ? "all" : d.Count)
        .Add("device_ids", d.DeviceIds)
        .Add("options", d.Options).Values;

    private static TreeBuilder? Update(UpdatePolicy? u) => u is null ? null : new TreeBuilder()
        .Add("parallelism", u.Parallelism)
        .Add("delay", ProjectTree.Duration(u.Delay))
        .Add("failure_action", u.FailureAction)
        .Add("monitor", ProjectTree.Duration(u.Monitor))
        .Add("max_failure_ratio", u.MaxFailureRatio)
        .Add("order", u.Order);
}

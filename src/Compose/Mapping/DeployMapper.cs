using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Normalises the <c>deploy</c> section: mode, replicas, resources, placement, update/rollback and restart policies.</summary>
internal static class DeployMapper
{
    public static DeployConfig? Map(YNode? node, YPath path, int? scale, NodeReader reader)
    {
        if (node is not YMapping deploy)
        {
            return null;
        }

        var modeText = reader.String(deploy["mode"], path.Key("mode")) ?? "replicated";
        DeployMode? mode = modeText switch
        {
            "replicated" => DeployMode.Replicated,
            "global" => DeployMode.Global,
            "replicated-job" => DeployMode.ReplicatedJob,
            "global-job" => DeployMode.GlobalJob,
            _ => null,
        };
        if (mode is null)
        {
            reader.Diagnostics.Error(deploy["mode"]!.Mark, path.Key("mode"), $"\"{modeText}\" is not a deploy mode (use replicated, global, replicated-job or global-job)");
        }

        var replicas = reader.Int(deploy["replicas"], path.Key("replicas"));
        if (replicas < 0)
        {
            reader.Diagnostics.Error(deploy["replicas"]!.Mark, path.Key("replicas"), "must be greater than or equal to 0");
        }

        var isGlobal = mode is DeployMode.Global or DeployMode.GlobalJob;
        if (isGlobal && replicas is not null)
        {
            reader.Diagnostics.Error(deploy["replicas"]!.Mark, path.Key("replicas"), "can't set replicas with deploy mode global (global runs one replica per host); remove one of them");
        }

        var placement = deploy["placement"] as YMapping;
        var placementPath = path.Key("placement");
        var resources = deploy["resources"] as YMapping;
        return new DeployConfig(mode ?? DeployMode.Replicated, isGlobal ? null : replicas ?? scale)
        {
            Labels = reader.Labels(deploy["labels"], path.Key("labels")),
            EndpointMode = reader.String(deploy["endpoint_mode"], path.Key("endpoint_mode")),
            Resources = new DeployResources(
                ResourceMapper.Map(resources?["limits"], path.Key("resources").Key("limits"), reader),
                ResourceMapper.Map(resources?["reservations"], path.Key("resources").Key("reservations"), reader)),
            Placement = new Placement
            {
                Constraints = reader.StringList(placement?["constraints"], placementPath.Key("constraints")),
                Preferences = Preferences(placement?["preferences"], placementPath.Key("preferences"), reader),
                MaxReplicasPerNode = reader.Int(placement?["max_replicas_per_node"], placementPath.Key("max_replicas_per_node")),
            },
            UpdateConfig = Update(deploy["update_config"], path.Key("update_config"), reader),
            RollbackConfig = Update(deploy["rollback_config"], path.Key("rollback_config"), reader),
            RestartPolicy = Restart(deploy["restart_policy"], path.Key("restart_policy"), reader),
        };
    }

    private static IReadOnlyList<PlacementPreference> Preferences(YNode? node, YPath path, NodeReader reader)
        => NodeReader.Mappings(node, path)
            .Select(m => reader.String(m.Item["spread"], m.Path.Key("spread")))
            .OfType<string>()
            .Select(spread => new PlacementPreference(spread))
            .ToList();

    private static UpdatePolicy? Update(YNode? node, YPath path, NodeReader reader) => node is not YMapping m ? null : new UpdatePolicy
    {
        Parallelism = reader.Long(m["parallelism"], path.Key("parallelism")),
        Delay = reader.Duration(m["delay"], path.Key("delay")),
        FailureAction = reader.String(m["failure_action"], path.Key("failure_action")),
        Monitor = reader.Duration(m["monitor"], path.Key("monitor")),
        MaxFailureRatio = reader.Double(m["max_failure_ratio"], path.Key("max_failure_ratio")),
        Order = reader.String(m["order"], path.Key("order")),
    };

    private static RestartPolicy? Restart(YNode? node, YPath path, NodeReader reader) => node is not YMapping m ? null : new RestartPolicy
    {
        Condition = reader.String(m["condition"], path.Key("condition")),
        Delay = reader.Duration(m["delay"], path.Key("delay")),
        MaxAttempts = reader.Int(m["max_attempts"], path.Key("max_attempts")),
        Window = reader.Duration(m["window"], path.Key("window")),
    };
}

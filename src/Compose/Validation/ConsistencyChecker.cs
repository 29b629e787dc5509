using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Validation;

/// <summary>
/// The checks docker compose makes across a whole project: every referenced service, network, volume, secret and
/// config exists, dependencies have no cycle, and attributes that exclude each other are not set together.
/// </summary>
internal static class ConsistencyChecker
{
    public static void Check(ComposeProject project, TreeMarks marks, Diagnostics diagnostics)
    {
        foreach (var service in project.Services.Values)
        {
            var path = YPath.Root.Key("services").Key(service.Name);
            void Error(YPath at, string message) => diagnostics.Error(marks.Of(at), at, message);

            if (service.Image is null && service.Build is null)
            {
                Error(path, $"service \"{service.Name}\" has neither an image nor a build context specified; set image:");
            }

            CheckReferences(project, service, path, Error, (at, message) => diagnostics.Warning(marks.Of(at), at, message));
            CheckExclusive(service, path, marks, Error);
        }

        DependencyCycles.Check(project, marks, diagnostics);
    }

    private static void CheckReferences(ComposeProject project, ComposeService service, YPath path, Action<YPath, string> error, Action<YPath, string> warning)
    {
        foreach (var (name, dependency) in service.DependsOn)
        {
            if (!project.Services.ContainsKey(name))
            {
                var message = $"service \"{service.Name}\" depends on undefined service \"{name}\"";
                if (dependency.Required)
                {
                    error(path.Key("depends_on").Key(name), message + "; define it, enable its profile, or remove the dependency");
                }
                else
                {
                    warning(path.Key("depends_on").Key(name), message + "; it is optional (required: false) and is skipped");
                }
            }
        }

        foreach (var network in service.Networks.Keys.Where(n => !project.Networks.ContainsKey(n)))
        {
            error(path.Key("networks").Key(network), $"service \"{service.Name}\" refers to undefined network {network}; declare it under the top-level networks:");
        }

        for (var i = 0; i < service.Volumes.Count; i++)
        {
            var volume = service.Volumes[i];
            if (volume.Type == "volume" && volume.Source is not null && !project.Volumes.ContainsKey(volume.Source))
            {
                error(path.Key("volumes").Index(i), $"service \"{service.Name}\" refers to undefined volume {volume.Source}; declare it under the top-level volumes:");
            }
        }

        CheckFileMounts(service, service.Secrets, project.Secrets, "secret", path.Key("secrets"), error);
        CheckFileMounts(service, service.Configs, project.Configs, "config", path.Key("configs"), error);

        foreach (var reference in service.VolumesFrom)
        {
            var target = reference.StartsWith("container:", StringComparison.Ordinal) ? null : reference.Split(':')[0].Replace("service:", string.Empty, StringComparison.Ordinal);
            if (target is not null && !project.Services.ContainsKey(target))
            {
                error(path.Key("volumes_from"), $"service \"{service.Name}\" takes volumes from undefined service \"{target}\"");
            }
        }

        if (service.NetworkMode is { } mode && mode.StartsWith("service:", StringComparison.Ordinal) && !project.Services.ContainsKey(mode[8..]))
        {
            error(path.Key("network_mode"), $"service \"{service.Name}\" uses the network of undefined service \"{mode[8..]}\"");
        }
    }

    private static void CheckFileMounts(
        ComposeService service, IReadOnlyList<ServiceFileMount> mounts, IReadOnlyDictionary<string, ComposeFileObject> defined, string kind, YPath path, Action<YPath, string> error)
    {
        for (var i = 0; i < mounts.Count; i++)
        {
            if (!defined.ContainsKey(mounts[i].Source))
            {
                error(path.Index(i), $"service \"{service.Name}\" refers to undefined {kind} {mounts[i].Source}; declare it under the top-level {kind}s:");
            }
        }
    }

    private static void CheckExclusive(ComposeService service, YPath path, TreeMarks marks, Action<YPath, string> error)
    {
        if (service.NetworkMode is not null && marks.Has(path.Key("networks")))
        {
            error(path.Key("network_mode"), $"service {service.Name} declares mutually exclusive `network_mode` and `networks`; keep one of them");
        }

        var replicas = service.ReplicaCount;
        if (service.ContainerName is not null && replicas > 1)
        {
            error(path.Key("container_name"), $"can't set container_name and replicas > 1 ({replicas}) as container names must be unique; remove container_name or run one replica");
        }

        if (service.Scale is { } scale && service.Deploy?.Replicas is { } deployReplicas && marks.Has(path.Key("deploy").Key("replicas")) && scale != deployReplicas)
        {
            error(path.Key("scale"), "can't set distinct values on 'scale' and 'deploy.replicas'; keep one of them");
        }

        var limits = service.Deploy?.Resources.Limits;
        if (service.Cpus is { } cpus && limits?.Cpus is { } limitCpus && Math.Abs(cpus - limitCpus) > 1e-9)
        {
            error(path.Key("cpus"), "can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'; keep one of them");
        }

        if (service.MemLimitBytes is { } memory && limits?.MemoryBytes is { } limitMemory && memory != limitMemory)
        {
            error(path.Key("mem_limit"), "can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'; keep one of them");
        }
    }
}

using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Validation;

/// <summary>
/// Warns about attributes that mean less, or something else, on a pool of hosts than on one engine. The loader
/// accepts everything docker compose accepts; each rule here is documented in docs/compose.md, and the warnings
/// that say "deploy refuses" are enforced by deploy and plan.
/// </summary>
internal static class PoolSuitabilityChecker
{
    public static void Check(ComposeProject project, TreeMarks marks, Diagnostics diagnostics)
    {
        foreach (var service in project.Services.Values)
        {
            var path = YPath.Root.Key("services").Key(service.Name);
            void Warn(YPath at, string message) => diagnostics.Warning(marks.Of(at), at, message);
            var manyHosts = service.ReplicaCount is null or > 1;

            if (service.Build is not null)
            {
                Warn(path.Key("build"), service.Image is null
                    ? "hostpool cannot build images on the pool; build and push the image to a registry and set image: (deploy refuses this service until then)"
                    : $"build is ignored on a pool; every host pulls image {service.Image}");
            }

            for (var i = 0; i < service.Volumes.Count; i++)
            {
                var volume = service.Volumes[i];
                if (volume.Type != "bind")
                {
                    continue;
                }

                var at = path.Key("volumes").Index(i);
                if (volume.Source is { } source && source.StartsWith(project.WorkingDirectory, StringComparison.Ordinal))
                {
                    Warn(at, $"bind source {source} is a file of this machine's project folder; it is read on whichever host runs the replica and must exist there (use a config: or an image instead)");
                }
                else if (manyHosts)
                {
                    Warn(at, $"bind source {volume.Source} is host-local: each host that runs a replica mounts its own copy, so replicas do not share it");
                }
            }

            foreach (var volume in service.Volumes.Where(v => v.Type == "volume" && v.Source is not null && manyHosts))
            {
                if (project.Volumes.TryGetValue(volume.Source!, out var declared) && declared.Driver is null or "local" && !declared.External)
                {
                    Warn(path.Key("volumes"), $"volume {volume.Source} uses the local driver: replicas on different hosts each get their own empty volume");
                }
            }

            if (service.Deploy?.EndpointMode is not null)
            {
                Warn(path.Key("deploy").Key("endpoint_mode"), "endpoint_mode is a swarm setting and is ignored on a pool");
            }

            if (service.Deploy?.Mode is DeployMode.ReplicatedJob or DeployMode.GlobalJob)
            {
                Warn(path.Key("deploy").Key("mode"), "job modes run to completion; hostpool runs services (deploy refuses job modes)");
            }

            if (service.NetworkMode is { } mode && mode.StartsWith("container:", StringComparison.Ordinal))
            {
                Warn(path.Key("network_mode"), "network_mode container: names a container of one engine; on a pool use service:NAME so the scheduler places both together");
            }

            if (service.OtherAttributes.ContainsKey("external_links"))
            {
                Warn(path.Key("external_links"), "external_links are ignored on a pool; attach the service to a network both containers share");
            }

            if (service.OtherAttributes.ContainsKey("develop"))
            {
                Warn(path.Key("develop"), "develop (watch) is a local development feature and is ignored on a pool");
            }

            if (manyHosts && service.Ports.Any(p => p.Published is not null && p.Mode == "ingress"))
            {
                Warn(path.Key("ports"), "a pool has no routing mesh: each replica publishes its ports on its own host, so replicas with the same published port run on different hosts");
            }
        }
    }
}

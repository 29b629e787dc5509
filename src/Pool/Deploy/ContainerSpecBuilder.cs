using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Docker.DotNet.Models;
using HostPool.Compose.Model;
using HostPool.Pool.Scheduling;
using RestartPolicy = Docker.DotNet.Models.RestartPolicy;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Builds the engine's create parameters for one replica of a compose service and the hash of everything
/// that defines it; the hash label lets a redeploy leave an unchanged replica alone.
/// </summary>
internal static class ContainerSpecBuilder
{
    public static ReplicaSpec Build(
        ComposeProject project, ComposeService service, Scheduling.Placement placement, ServiceDemand demand, string clusterId, IReadOnlyList<ContainerFile> files)
    {
        var networking = ContainerNetworking.Of(project, service);
        var name = ContainerNames.Replica(project.Name, service.Name, placement.Replica);
        var labels = new SortedDictionary<string, string>(service.Labels.ToDictionary(), StringComparer.Ordinal)
        {
            [ContainerLabels.Project] = project.Name,
            [ContainerLabels.Service] = service.Name,
            [ContainerLabels.Replica] = placement.Replica.ToString(CultureInfo.InvariantCulture),
            [ContainerLabels.ComposeProject] = project.Name,
            [ContainerLabels.ComposeService] = service.Name,
            [ContainerLabels.ReservedCpus] = demand.Cpus.ToString("R", CultureInfo.InvariantCulture),
            [ContainerLabels.ReservedMemory] = demand.MemoryBytes.ToString(CultureInfo.InvariantCulture),
            [ContainerLabels.Cluster] = clusterId,
        };
        var parameters = new CreateContainerParameters
        {
            Name = name,
            Image = service.Image!,
            Cmd = service.Command?.ToList()!,
            Entrypoint = service.Entrypoint?.ToList()!,
            Env = [.. service.Environment.Where(e => e.Value is not null).Select(e => $"{e.Key}={e.Value}")],
            Labels = labels,
            User = service.User!,
            WorkingDir = service.WorkingDir!,
            Hostname = service.Hostname!,
            Tty = service.Tty,
            OpenStdin = service.StdinOpen,
            StopSignal = service.StopSignal!,
            StopTimeout = service.StopGracePeriod is { } grace ? TimeSpan.FromSeconds(Math.Ceiling(grace.TotalSeconds)) : null,
            Healthcheck = HealthConfigOf(service.Healthcheck),
            ExposedPorts = service.Ports.Select(PortKey).Concat(service.Expose.Select(e => e.Contains('/', StringComparison.Ordinal) ? e : e + "/tcp"))
                .Distinct(StringComparer.Ordinal).ToDictionary(key => key, _ => default(EmptyStruct)),
            HostConfig = HostConfigOf(project, service, networking.Mode),
            NetworkingConfig = networking.AtCreate!,
        };
        parameters.Labels[ContainerLabels.ConfigHash] = Hash(parameters, networking.Later, files);
        return new ReplicaSpec(
            placement.Host,
            service.Name,
            placement.Replica,
            name,
            service.Image!,
            parameters.Labels[ContainerLabels.ConfigHash],
            parameters,
            Volumes(project, service),
            service.StopGracePeriod)
        {
            LaterNetworks = networking.Later,
            PullPolicy = service.PullPolicy,
            Files = files,
        };
    }

    private static HostConfig HostConfigOf(ComposeProject project, ComposeService service, string? networkMode)
    {
        var limits = service.Deploy?.Resources.Limits;
        var reservations = service.Deploy?.Resources.Reservations;
        var cpus = limits?.Cpus ?? service.Cpus;
        return new HostConfig
        {
            PortBindings = service.Ports.GroupBy(PortKey, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IList<PortBinding>)[.. g.Select(p => new PortBinding { HostIP = p.HostIp ?? string.Empty, HostPort = p.Published ?? string.Empty })]),
            RestartPolicy = RestartPolicyOf(service),
            Mounts = [.. service.Volumes.Select(v => MountOf(project, v))],
            NanoCPUs = cpus is null ? 0 : (long)(cpus.Value * 1_000_000_000),
            Memory = limits?.MemoryBytes ?? service.MemLimitBytes ?? 0,
            MemoryReservation = reservations?.MemoryBytes ?? service.MemReservationBytes ?? 0,
            Privileged = service.Privileged,
            ReadonlyRootfs = service.ReadOnly,
            CapAdd = [.. service.CapAdd],
            CapDrop = [.. service.CapDrop],
            ExtraHosts = [.. service.ExtraHosts],
            DNS = [.. service.Dns],
            Init = service.Init,
            ShmSize = service.ShmSizeBytes ?? 0,
            NetworkMode = networkMode!,
            Ulimits = [.. service.Ulimits.Select(u => new Docker.DotNet.Models.Ulimit { Name = u.Key, Soft = u.Value.Soft ?? u.Value.Hard ?? 0, Hard = u.Value.Hard ?? u.Value.Soft ?? 0 })],
            LogConfig = service.Logging is { } logging
                ? new LogConfig { Type = logging.Driver ?? string.Empty, Config = logging.Options.Where(o => o.Value is not null).ToDictionary(o => o.Key, o => o.Value!) }
                : null!,
            Tmpfs = service.Tmpfs.ToDictionary(t => t.Split(':')[0], t => t.Contains(':', StringComparison.Ordinal) ? t[(t.IndexOf(':', StringComparison.Ordinal) + 1)..] : string.Empty),
        };
    }

    private static Mount MountOf(ComposeProject project, ServiceVolume volume) => new()
    {
        Type = volume.Type,
        Source = volume.Type == "volume" && volume.Source is not null && project.Volumes.TryGetValue(volume.Source, out var declared) ? declared.Name : volume.Source ?? string.Empty,
        Target = volume.Target,
        ReadOnly = volume.ReadOnly,
    };

    private static List<VolumeSpec> Volumes(ComposeProject project, ComposeService service) =>
    [
        .. service.Volumes
            .Where(v => v.Type == "volume" && v.Source is not null && project.Volumes.ContainsKey(v.Source))
            .Select(v => project.Volumes[v.Source!])
            .Select(v => new VolumeSpec(
                v.Name,
                v.Driver,
                v.DriverOpts.Where(o => o.Value is not null).ToDictionary(o => o.Key, o => o.Value!),
                new Dictionary<string, string>(v.Labels.ToDictionary()) { [ContainerLabels.VolumeProject] = project.Name },
                v.External)),
    ];

    private static RestartPolicy RestartPolicyOf(ComposeService service)
    {
        var policy = service.Deploy?.RestartPolicy;
        if (policy?.Condition is { } condition)
        {
            return condition switch
            {
                "none" => new RestartPolicy { Name = RestartPolicyKind.No },
                "on-failure" => new RestartPolicy { Name = RestartPolicyKind.OnFailure, MaximumRetryCount = policy.MaxAttempts ?? 0 },
                _ => new RestartPolicy { Name = RestartPolicyKind.Always },
            };
        }

        return service.Restart switch
        {
            "no" => new RestartPolicy { Name = RestartPolicyKind.No },
            "always" => new RestartPolicy { Name = RestartPolicyKind.Always },
            { } text when text.StartsWith("on-failure", StringComparison.Ordinal) => new RestartPolicy
            {
                Name = RestartPolicyKind.OnFailure,
                MaximumRetryCount = text.Contains(':', StringComparison.Ordinal) ? long.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture) : 0,
            },
            _ => new RestartPolicy { Name = RestartPolicyKind.UnlessStopped },
        };
    }

    private static HealthcheckConfig? HealthConfigOf(Healthcheck? check)
    {
        if (check is null)
        {
            return null;
        }

        if (check.Disable)
        {
            return new HealthcheckConfig { Test = ["NONE"] };
        }

        return new HealthcheckConfig
        {
            Test = check.Test?.ToList(),
            Interval = check.Interval ?? TimeSpan.Zero,
            Timeout = check.Timeout ?? TimeSpan.Zero,
            Retries = check.Retries ?? 0,
            StartPeriod = check.StartPeriod ?? TimeSpan.Zero,
        };
    }

    private static string PortKey(ServicePort port) => string.Create(CultureInfo.InvariantCulture, $"{port.Target}/{port.Protocol}");

    private static string Hash(CreateContainerParameters parameters, IReadOnlyList<NetworkAttachment> later, IReadOnlyList<ContainerFile> files)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new
        {
            parameters,
            later,
            files = files.Select(f => new { f.Path, f.Mode, f.Uid, f.Gid, Sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Content)) }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical))[..16];
    }
}

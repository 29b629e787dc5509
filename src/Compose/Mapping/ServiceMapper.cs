using System.Collections.Immutable;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Maps one merged, validated service tree to a <see cref="ComposeService"/>.</summary>
internal static class ServiceMapper
{
    /// <summary>Attributes mapped to typed members; every other attribute is kept in <see cref="ComposeService.OtherAttributes"/>.</summary>
    private static readonly HashSet<string> Typed =
    [
        "image", "build", "command", "entrypoint", "environment", "env_file", "labels", "label_file", "ports", "expose",
        "volumes", "tmpfs", "networks", "network_mode", "depends_on", "deploy", "scale", "healthcheck", "secrets", "configs",
        "volumes_from", "container_name", "hostname", "profiles", "user", "working_dir", "ulimits", "cap_add", "cap_drop",
        "logging", "stop_signal", "stop_grace_period", "restart", "pull_policy", "platform", "privileged", "read_only",
        "tty", "stdin_open", "init", "cpus", "mem_limit", "mem_reservation", "shm_size", "extra_hosts", "dns", "extends",
    ];

    public static bool IsTyped(string attribute) => Typed.Contains(attribute);

    public static ComposeService Map(string name, YMapping s, YPath path, MappingContext context)
    {
        var r = context.Reader;
        var envFiles = EnvironmentMapper.EnvFiles(s["env_file"], path.Key("env_file"), context);
        var scale = r.Int(s["scale"], path.Key("scale"));
        if (scale < 0)
        {
            r.Diagnostics.Error(s["scale"]!.Mark, path.Key("scale"), "must be greater than or equal to 0");
        }

        var networkMode = r.String(s["network_mode"], path.Key("network_mode"));
        var networks = ServiceNetworkMapper.Map(s["networks"], path.Key("networks"), r);
        if (networks.Count == 0 && networkMode is null)
        {
            networks = ImmutableSortedDictionary<string, ServiceNetwork?>.Empty.Add("default", null);
        }

        return new ComposeService(name)
        {
            Image = r.String(s["image"], path.Key("image")),
            Build = BuildMapper.Map(s["build"], path.Key("build"), context),
            Command = Command(s["command"], path.Key("command"), r),
            Entrypoint = Command(s["entrypoint"], path.Key("entrypoint"), r),
            EnvFiles = envFiles,
            Environment = EnvironmentMapper.Resolve(envFiles, s["environment"], path, s.Mark, context),
            Labels = Labels(s, path, context),
            Ports = PortMapper.Map(s["ports"], path.Key("ports"), r),
            Expose = r.StringList(s["expose"], path.Key("expose")),
            Volumes = VolumeMapper.Map(s["volumes"], path.Key("volumes"), context),
            Tmpfs = r.StringOrList(s["tmpfs"], path.Key("tmpfs")) ?? [],
            Networks = networks,
            NetworkMode = networkMode,
            DependsOn = DependsOnMapper.Map(s["depends_on"], path.Key("depends_on"), r),
            Deploy = DeployMapper.Map(s["deploy"], path.Key("deploy"), scale, r),
            Scale = scale,
            Healthcheck = HealthcheckMapper.Map(s["healthcheck"], path.Key("healthcheck"), r),
            Secrets = FileMountMapper.Map(s["secrets"], path.Key("secrets"), r, "/run/secrets/"),
            Configs = FileMountMapper.Map(s["configs"], path.Key("configs"), r, "/"),
            VolumesFrom = r.StringList(s["volumes_from"], path.Key("volumes_from")),
            ContainerName = r.String(s["container_name"], path.Key("container_name")),
            Hostname = r.String(s["hostname"], path.Key("hostname")),
            Profiles = r.StringList(s["profiles"], path.Key("profiles")),
            User = r.String(s["user"], path.Key("user")),
            WorkingDir = r.String(s["working_dir"], path.Key("working_dir")),
            Ulimits = Ulimits(s["ulimits"], path.Key("ulimits"), r),
            CapAdd = r.StringList(s["cap_add"], path.Key("cap_add")),
            CapDrop = r.StringList(s["cap_drop"], path.Key("cap_drop")),
            Logging = s["logging"] is YMapping logging
                ? new LoggingConfig(r.String(logging["driver"], path.Key("logging").Key("driver")), r.KeyValues(logging["options"], path.Key("logging").Key("options")))
                : null,
            StopSignal = r.String(s["stop_signal"], path.Key("stop_signal")),
            StopGracePeriod = r.Duration(s["stop_grace_period"], path.Key("stop_grace_period")),
            Restart = r.String(s["restart"], path.Key("restart")),
            PullPolicy = r.String(s["pull_policy"], path.Key("pull_policy")),
            Platform = r.String(s["platform"], path.Key("platform")),
            Privileged = r.Bool(s["privileged"], path.Key("privileged")) ?? false,
            ReadOnly = r.Bool(s["read_only"], path.Key("read_only")) ?? false,
            Tty = r.Bool(s["tty"], path.Key("tty")) ?? false,
            StdinOpen = r.Bool(s["stdin_open"], path.Key("stdin_open")) ?? false,
            Init = r.Bool(s["init"], path.Key("init")),
            Cpus = r.Double(s["cpus"], path.Key("cpus")),
            MemLimitBytes = r.Bytes(s["mem_limit"], path.Key("mem_limit")),
            MemReservationBytes = r.Bytes(s["mem_reservation"], path.Key("mem_reservation")),
            ShmSizeBytes = r.Bytes(s["shm_size"], path.Key("shm_size")),
            ExtraHosts = ExtraHosts(s["extra_hosts"], path.Key("extra_hosts"), r),
            Dns = r.StringOrList(s["dns"], path.Key("dns")) ?? [],
            OtherAttributes = OtherAttributeMapper.Map(s, path, r),
            Extensions = PlainData.Extensions(s),
        };
    }

    private static IReadOnlyList<string>? Command(YNode? node, YPath path, NodeReader reader) => node switch
    {
        null => null,
        YSequence list => reader.StringList(list, path),
        _ => reader.String(node, path) is { } text ? ShellWords.Split(text) : null,
    };

    private static IReadOnlyDictionary<string, string> Labels(YMapping s, YPath path, MappingContext context)
    {
        var files = context.Reader.StringOrList(s["label_file"], path.Key("label_file")) ?? [];
        if (files.Count == 0)
        {
            return context.Reader.Labels(s["labels"], path.Key("labels"));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Select(context.Paths.Resolve))
        {
            var text = context.FileContents.GetValueOrDefault(file);
            if (text is null)
            {
                context.Reader.Diagnostics.Error(s["label_file"]!.Mark, path.Key("label_file"), $"label file {file} not found; create it or remove the entry");
                continue;
            }

            foreach (var (key, value) in Interpolation.DotEnvParser.Parse(text, _ => null, raw: true))
            {
                builder[key] = value ?? string.Empty;
            }
        }

        foreach (var (key, value) in context.Reader.Labels(s["labels"], path.Key("labels")))
        {
            builder[key] = value;
        }

        return builder.ToImmutable();
    }

    private static IReadOnlyDictionary<string, Ulimit> Ulimits(YNode? node, YPath path, NodeReader reader)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Ulimit>(StringComparer.Ordinal);
        if (node is YMapping mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                var entryPath = path.Key(entry.Name);
                if (entry.Value is YMapping limits)
                {
                    builder[entry.Name] = new Ulimit(reader.Long(limits["soft"], entryPath.Key("soft")), reader.Long(limits["hard"], entryPath.Key("hard")));
                }
                else if (reader.Long(entry.Value, entryPath) is { } single)
                {
                    builder[entry.Name] = new Ulimit(single, single);
                }
            }
        }

        return builder.ToImmutable();
    }

    private static IReadOnlyList<string> ExtraHosts(YNode? node, YPath path, NodeReader reader)
    {
        if (node is YMapping mapping)
        {
            var hosts = new List<string>();
            foreach (var entry in mapping.Entries)
            {
                foreach (var ip in reader.StringOrList(entry.Value, path.Key(entry.Name)) ?? [])
                {
                    hosts.Add($"{entry.Name}={ip}");
                }
            }

            return hosts;
        }

        return reader.StringList(node, path).Select(h =>
        {
            var at = h.IndexOf('=') is >= 0 and var eq ? eq : h.IndexOf(':');
            return at < 0 ? h : h[..at] + "=" + h[(at + 1)..];
        }).ToList();
    }
}

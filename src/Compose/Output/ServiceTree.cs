using HostPool.Compose.Model;

namespace HostPool.Compose.Output;

/// <summary>The canonical plain-data form of one service.</summary>
internal static class ServiceTree
{
    public static TreeBuilder Build(ComposeService s) => new TreeBuilder()
        .AddAll(s.OtherAttributes)
        .Add("image", s.Image)
        .Add("build", Build(s.Build))
        .Add("command", s.Command)
        .Add("entrypoint", s.Entrypoint)
        .Add("environment", ProjectTree.Strings(s.Environment))
        .Add("env_file", s.EnvFiles.Select(EnvFile).ToList())
        .Add("labels", ProjectTree.Strings(s.Labels))
        .Add("ports", s.Ports.Select(Port).ToList())
        .Add("expose", s.Expose)
        .Add("volumes", s.Volumes.Select(Volume).ToList())
        .Add("tmpfs", s.Tmpfs)
        .Add("networks", ProjectTree.Each(s.Networks, Network))
        .Add("network_mode", s.NetworkMode)
        .Add("depends_on", ProjectTree.Each(s.DependsOn, d => new TreeBuilder().Add("condition", d.Condition).Keep("restart", d.Restart).Keep("required", d.Required).Values))
        .Add("deploy", DeployTree.Build(s.Deploy))
        .Add("scale", s.Scale)
        .Add("healthcheck", Healthcheck(s.Healthcheck))
        .Add("secrets", s.Secrets.Select(FileMount).ToList())
        .Add("configs", s.Configs.Select(FileMount).ToList())
        .Add("volumes_from", s.VolumesFrom)
        .Add("container_name", s.ContainerName)
        .Add("hostname", s.Hostname)
        .Add("profiles", s.Profiles)
        .Add("user", s.User)
        .Add("working_dir", s.WorkingDir)
        .Add("ulimits", ProjectTree.Each(s.Ulimits, u => new TreeBuilder().Add("soft", u.Soft).Add("hard", u.Hard).Values))
        .Add("cap_add", s.CapAdd)
        .Add("cap_drop", s.CapDrop)
        .Add("logging", s.Logging is null ? null : new TreeBuilder().Add("driver", s.Logging.Driver).Add("options", ProjectTree.Strings(s.Logging.Options)))
        .Add("stop_signal", s.StopSignal)
        .Add("stop_grace_period", ProjectTree.Duration(s.StopGracePeriod))
        .Add("restart", s.Restart)
        .Add("pull_policy", s.PullPolicy)
        .Add("platform", s.Platform)
        .AddFlag("privileged", s.Privileged)
        .AddFlag("read_only", s.ReadOnly)
        .AddFlag("tty", s.Tty)
        .AddFlag("stdin_open", s.StdinOpen)
        .Add("init", s.Init)
        .Add("cpus", s.Cpus)
        .Add("mem_limit", s.MemLimitBytes)
        .Add("mem_reservation", s.MemReservationBytes)
        .Add("shm_size", s.ShmSizeBytes)
        .Add("extra_hosts", s.ExtraHosts)
        .Add("dns", s.Dns)
        .AddAll(s.Extensions);

    /// <summary>A required file in the default format is written as its path (the short form); any other as the long form.</summary>
    private static object EnvFile(EnvFileReference f) => f.Required && f.Format is null
        ? f.Path
        : new TreeBuilder().Add("path", f.Path).Keep("required", f.Required).Add("format", f.Format).Values;

    private static TreeBuilder? Build(ServiceBuild? b) => b is null ? null : new TreeBuilder()
        .AddAll(b.Options)
        .Add("context", b.Context)
        .Add("dockerfile", b.Dockerfile)
        .Add("dockerfile_inline", b.DockerfileInline)
        .Add("target", b.Target)
        .Add("args", ProjectTree.Strings(b.Args));

    private static IReadOnlyDictionary<string, object?> Port(ServicePort p) => new TreeBuilder()
        .Add("target", (long)p.Target)
        .Add("published", p.Published)
        .Add("host_ip", p.HostIp)
        .Add("protocol", p.Protocol)
        .Add("mode", p.Mode)
        .Add("name", p.Name)
        .Add("app_protocol", p.AppProtocol)
        .AddAll(p.Extensions).Values;

    private static IReadOnlyDictionary<string, object?> Volume(ServiceVolume v) => new TreeBuilder()
        .Add("type", v.Type)
        .Add("source", v.Source)
        .Add("target", v.Target)
        .AddFlag("read_only", v.ReadOnly)
        .Add("consistency", v.Consistency)
        .Add("bind", new TreeBuilder().Add("propagation", v.BindPropagation).Add("create_host_path", v.BindCreateHostPath).Add("selinux", v.BindSelinux))
        .Add("volume", new TreeBuilder().Add("nocopy", v.VolumeNoCopy).Add("subpath", v.VolumeSubpath))
        .Add("tmpfs", new TreeBuilder().Add("size", v.TmpfsSizeBytes).Add("mode", v.TmpfsMode is { } m ? (long)m : null))
        .AddAll(v.Extensions).Values;

    private static object? Network(ServiceNetwork? n) => n is null ? null : new TreeBuilder()
        .Add("aliases", n.Aliases)
        .Add("ipv4_address", n.Ipv4Address)
        .Add("ipv6_address", n.Ipv6Address)
        .Add("mac_address", n.MacAddress)
        .Add("link_local_ips", n.LinkLocalIps)
        .Add("priority", n.Priority is { } p ? (long)p : null)
        .Add("interface_name", n.InterfaceName)
        .AddAll(n.Options).Values;

    private static TreeBuilder? Healthcheck(Healthcheck? h) => h is null ? null : new TreeBuilder()
        .Add("test", h.Test)
        .Add("interval", ProjectTree.Duration(h.Interval))
        .Add("timeout", ProjectTree.Duration(h.Timeout))
        .Add("retries", h.Retries is { } r ? (long)r : null)
        .Add("start_period", ProjectTree.Duration(h.StartPeriod))
        .Add("start_interval", ProjectTree.Duration(h.StartInterval))
        .AddFlag("disable", h.Disable);

    private static IReadOnlyDictionary<string, object?> FileMount(ServiceFileMount m) => new TreeBuilder()
        .Add("source", m.Source)
        .Add("target", m.Target)
        .Add("uid", m.Uid)
        .Add("gid", m.Gid)
        .Add("mode", m.Mode is { } mode ? (long)mode : null)
        .AddAll(m.Extensions).Values;
}

namespace HostPool.Compose.Model;

/// <summary>One service of a compose project, normalised (every short syntax turned into its long form).</summary>
public sealed record ComposeService(string Name)
{
    public string? Image { get; init; }
    public ServiceBuild? Build { get; init; }
    public IReadOnlyList<string>? Command { get; init; }
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Container environment: env_file values, then environment; a null value means unset.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = Empty.Environment;
    public IReadOnlyList<EnvFileReference> EnvFiles { get; init; } = [];
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Empty.Labels;
    public IReadOnlyList<ServicePort> Ports { get; init; } = [];
    public IReadOnlyList<string> Expose { get; init; } = [];
    public IReadOnlyList<ServiceVolume> Volumes { get; init; } = [];
    public IReadOnlyList<string> Tmpfs { get; init; } = [];

    /// <summary>Networks the service joins; a null attachment means default options.</summary>
    public IReadOnlyDictionary<string, ServiceNetwork?> Networks { get; init; } = Empty.Networks;
    public string? NetworkMode { get; init; }
    public IReadOnlyDictionary<string, ServiceDependency> DependsOn { get; init; } = Empty.Dependencies;
    public DeployConfig? Deploy { get; init; }

    /// <summary>The <c>scale</c> attribute as written.</summary>
    public int? Scale { get; init; }

    /// <summary>How many replicas to run: <c>deploy.replicas</c>, else <c>scale</c>, else 1; null in global modes (one per host).</summary>
    public int? ReplicaCount => Deploy?.Mode is DeployMode.Global or DeployMode.GlobalJob ? null : Deploy?.Replicas ?? Scale ?? 1;
    public Healthcheck? Healthcheck { get; init; }
    public IReadOnlyList<ServiceFileMount> Secrets { get; init; } = [];
    public IReadOnlyList<ServiceFileMount> Configs { get; init; } = [];
    public IReadOnlyList<string> VolumesFrom { get; init; } = [];
    public string? ContainerName { get; init; }
    public string? Hostname { get; init; }
    public IReadOnlyList<string> Profiles { get; init; } = [];
    public string? User { get; init; }
    public string? WorkingDir { get; init; }
    public IReadOnlyDictionary<string, Ulimit> Ulimits { get; init; } = Empty.Ulimits;
    public IReadOnlyList<string> CapAdd { get; init; } = [];
    public IReadOnlyList<string> CapDrop { get; init; } = [];
    public LoggingConfig? Logging { get; init; }
    public string? StopSignal { get; init; }
    public TimeSpan? StopGracePeriod { get; init; }
    public string? Restart { get; init; }
    public string? PullPolicy { get; init; }
    public string? Platform { get; init; }
    public bool Privileged { get; init; }
    public bool ReadOnly { get; init; }
    public bool Tty { get; init; }
    public bool StdinOpen { get; init; }
    public bool? Init { get; init; }
    public double? Cpus { get; init; }
    public long? MemLimitBytes { get; init; }
    public long? MemReservationBytes { get; init; }
    public long? ShmSizeBytes { get; init; }
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];
    public IReadOnlyList<string> Dns { get; init; } = [];

    /// <summary>Every other attribute of the service, validated by the schema and kept as plain data.</summary>
    public IReadOnlyDictionary<string, object?> OtherAttributes { get; init; } = Empty.Data;

    /// <summary>The <c>x-*</c> keys of the service as plain data (mappings, lists, strings, numbers, booleans).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}

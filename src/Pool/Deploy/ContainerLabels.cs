namespace HostPool.Pool.Deploy;

/// <summary>The labels hostpool puts on every container it runs: the engines' own record of what runs where.</summary>
public static class ContainerLabels
{
    public const string Project = "com.hostpool.project";
    public const string Service = "com.hostpool.service";
    public const string Replica = "com.hostpool.replica";
    public const string ConfigHash = "com.hostpool.config-hash";

    /// <summary>The cpus the replica reserved when placed, so later plans count it against the host.</summary>
    public const string ReservedCpus = "com.hostpool.reserved-cpus";
    public const string ReservedMemory = "com.hostpool.reserved-memory";

    /// <summary>The pool cluster whose networks the replica joined; a re-formed cluster replaces the replica.</summary>
    public const string Cluster = "com.hostpool.cluster";

    /// <summary>The deploy that created the container (not part of its config hash).</summary>
    public const string Deploy = "com.hostpool.deploy";

    public const string ComposeProject = "com.docker.compose.project";
    public const string ComposeService = "com.docker.compose.service";

    /// <summary>A named volume hostpool created for a project carries this label too.</summary>
    public const string VolumeProject = Project;
}

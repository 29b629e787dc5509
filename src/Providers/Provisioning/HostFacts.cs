namespace HostPool.Providers.Provisioning;

/// <summary>What the provisioner learned about a host before changing anything.</summary>
/// <param name="Os">The operating system and its family.</param>
/// <param name="Init">systemd, or hostpool's supervisor.</param>
/// <param name="SharesMachineMounts">Whether this shell sees the same mounts as PID 1 (false inside a namespace host or container).</param>
/// <param name="PrivateRunDocker">Whether /run/docker is a mount of its own (a local namespace host, whose /run is shared).</param>
/// <param name="HasDockerSocketUnit">Whether systemd knows docker.socket (then the drop-in uses socket activation, -H fd://).</param>
internal sealed record HostFacts(OperatingSystemInfo Os, InitSystem Init, bool SharesMachineMounts, bool PrivateRunDocker, bool HasDockerSocketUnit)
{
    /// <summary>The local listener dockerd gets besides the TLS port.</summary>
    public string LocalSocket => Init == InitSystem.Systemd
        ? HasDockerSocketUnit ? "fd://" : EngineLayout.StandardSocket
        : PrivateRunDocker ? EngineLayout.PrivateRunSocket : EngineLayout.StandardSocket;
}

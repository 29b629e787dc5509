namespace HostPool.Providers.Provisioning;

/// <summary>How the engine is kept running on a host.</summary>
internal enum InitSystem
{
    /// <summary>systemd is PID 1 and manages this view of the machine: a drop-in for docker.service.</summary>
    Systemd,

    /// <summary>No systemd (a local namespace host, Alpine's OpenRC, a minimal image): hostpool's supervisor script.</summary>
    Supervised,
}

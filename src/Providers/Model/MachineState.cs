namespace HostPool.Providers.Model;

/// <summary>What a driver reports about the machine behind a host right now.</summary>
public enum MachineState
{
    Unknown,
    Starting,
    Running,
    Stopping,
    Stopped,
    Error,
    /// <summary>The provider has no such machine (deleted outside hostpool, or never made).</summary>
    NotFound,
}

namespace HostPool.Pool.Scheduling;

/// <summary>Whether a host takes new replicas: only <see cref="Ready"/> hosts do.</summary>
public enum HostReadiness
{
    Ready,

    /// <summary>Being emptied: keeps what runs, gets nothing new.</summary>
    Drained,

    /// <summary>Unreachable or stopped: gets nothing new.</summary>
    Down,
}

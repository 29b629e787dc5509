namespace HostPool.Providers.Drivers;

/// <summary>What a driver can do; callers check these instead of driver names.</summary>
[Flags]
public enum DriverCapabilities
{
    None = 0,
    Start = 1 << 0,
    Stop = 1 << 1,
    Restart = 1 << 2,
    Kill = 1 << 3,
    /// <summary>The machine is made by the driver and destroyed by remove (generic adopts and leaves the machine).</summary>
    OwnsMachine = 1 << 4,
    /// <summary>The machine's address can change across stop/start, so certificates may need regenerating.</summary>
    AddressMayChange = 1 << 5,
    /// <summary>The driver may set the machine's hostname.</summary>
    SetsHostname = 1 << 6,
    Lifecycle = Start | Stop | Restart | Kill,
}

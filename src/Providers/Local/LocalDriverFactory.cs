using HostPool.Providers.Drivers;

namespace HostPool.Providers.Local;

/// <summary>Makes the local driver without a service container.</summary>
public static class LocalDriverFactory
{
    /// <summary>The folder for machine-wide state every home shares: the lock and the address leases.</summary>
    public const string StateDirectory = "/run/hostpool";

    public static IHostDriver Create(HostPoolHome home, TimeProvider timeProvider) =>
        new LocalDriver(home, timeProvider, StateDirectory);
}

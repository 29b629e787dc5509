using HostPool.Providers;
using HostPool.Providers.Local;

namespace HostPool.CloudSim.Common;

/// <summary>Makes the machine backend named on the command line.</summary>
public static class MachineBackends
{
    /// <summary>The folder the local backend keeps its hosts in (a HOSTPOOL_HOME of its own, never the user's).</summary>
    public static string DefaultHome => Path.Combine(Path.GetTempPath(), "hostpool-cloudsim");

    public static IMachineBackend Create(string name, TimeProvider time, string? home = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? localOptions = null) => name switch
    {
        "address-only" => new AddressOnlyBackend(),
        "local" => Local(new HostPoolHome(home ?? DefaultHome), time, localOptions),
        _ => throw new ArgumentException($"Unknown machine backend '{name}'; use local or address-only."),
    };

    /// <param name="localOptions">Local driver flags for every machine (e.g. its bridge and subnet); none: the driver's defaults.</param>
    public static IMachineBackend Local(HostPoolHome home, TimeProvider time, IReadOnlyDictionary<string, IReadOnlyList<string>>? localOptions = null)
    {
        Directory.CreateDirectory(home.Root);
        return new LocalMachineBackend(home, LocalDriverFactory.Create(home, time)) { DriverOptions = localOptions ?? new Dictionary<string, IReadOnlyList<string>>() };
    }
}

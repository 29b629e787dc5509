namespace HostPool.CloudSim.Common;

/// <summary>Makes the machine backend named on the command line.</summary>
public static class MachineBackends
{
    public static IMachineBackend Create(string name, TimeProvider time) => name switch
    {
        "address-only" => new AddressOnlyBackend(),
        _ => throw new ArgumentException($"The '{name}' machine backend is not available in this build; use --backend address-only."),
    };
}

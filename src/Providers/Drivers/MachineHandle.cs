using HostPool.Providers.Model;

namespace HostPool.Providers.Drivers;

/// <summary>What a driver's create returns: the machine's ids and how to reach it.</summary>
public sealed record MachineHandle
{
    public required SshEndpoint Ssh { get; init; }

    public required string PublicAddress { get; init; }

    public string? PrivateAddress { get; init; }

    public string? ProviderId { get; init; }

    public string? Region { get; init; }

    /// <summary>Capacity declared by flags (e.g. --local-cpus) or known from the instance type; null means ask the engine.</summary>
    public HostCapacity? DeclaredCapacity { get; init; }
}

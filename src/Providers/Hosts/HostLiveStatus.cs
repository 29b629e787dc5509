using HostPool.Providers.Model;

namespace HostPool.Providers.Hosts;

/// <summary>A host as the store has it, plus what its machine and engine say right now.</summary>
public sealed record HostLiveStatus(HostRecord Host, MachineState Machine, string? EngineVersion, string? Error);

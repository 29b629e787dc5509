namespace HostPool.Providers.Model;

/// <summary>A driver's live view of a machine: its state and its current addresses (a cloud IP may change on start).</summary>
public sealed record MachineStatus(MachineState State, string? PublicAddress = null, string? PrivateAddress = null, string? Detail = null);

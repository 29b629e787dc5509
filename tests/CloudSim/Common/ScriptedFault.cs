namespace HostPool.CloudSim.Common;

/// <summary>
/// Fail the <see cref="Nth"/> call (1-based) of <see cref="Action"/> with <see cref="Code"/> (a provider error code,
/// default the provider's server error). <see cref="AfterEffect"/> applies the call first and fails its answer,
/// as when a response is lost on the way back.
/// </summary>
public sealed record ScriptedFault(string Action, int Nth)
{
    public string? Code { get; init; }

    public bool AfterEffect { get; init; }
}

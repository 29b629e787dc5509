using HostPool.Providers.Hosts;
using HostPool.Providers.Model;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>One word for a host's state as `ls` and `status` show it: the store's state, corrected by what the machine says.</summary>
internal static class HostStateText
{
    public static string Of(HostLiveStatus status) => status.Host.State switch
    {
        HostState.Running or HostState.Stopped => status.Machine switch
        {
            MachineState.Running => "Running",
            MachineState.Stopped => "Stopped",
            MachineState.NotFound => "NotFound",
            MachineState.Starting => "Starting",
            MachineState.Stopping => "Stopping",
            MachineState.Error => "Error",
            _ => "Unknown",
        },
        var stored => stored.ToString(),
    };
}

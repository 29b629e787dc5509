using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>Chains a backend step after a droplet's earlier work, whatever that work's outcome.</summary>
internal static class DoMachineWork
{
    public static async Task AfterAsync(Task previous, SimDroplet droplet, Func<SimMachine, Task> next)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The earlier step's failure already shows in its action; this step still runs on what exists.
        }

        if (droplet.Machine is { } machine)
        {
            await next(machine);
        }
    }
}

namespace HostPool.CloudSim.Common;

/// <summary>Chains a backend step after a machine's earlier work (create, stop, start), whatever that work's outcome.</summary>
internal static class MachineWork
{
    public static async Task AfterAsync(Task previous, Func<SimMachine?> machine, Func<SimMachine, Task> next)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The earlier step's failure already shows in its action or status; this step still runs on what exists.
        }

        if (machine() is { } existing)
        {
            await next(existing);
        }
    }
}

using System.Diagnostics;

namespace HostPool.Providers.Store;

/// <summary>Whether a process of this machine still runs (a pid can only be judged on its own machine).</summary>
internal static class ProcessLiveness
{
    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

using System.Runtime.InteropServices;

namespace HostPool.Providers.Local;

/// <summary>The few libc calls the local driver needs.</summary>
internal static class Posix
{
    private const int SignalKill = 9;
    private const int SignalTerm = 15;

    public static bool IsRoot => OperatingSystem.IsLinux() && NativeMethods.GetEffectiveUserId() == 0;

    /// <summary>Sends TERM or KILL; a process already gone is not an error.</summary>
    public static void Signal(int pid, string signal) => _ = NativeMethods.Kill(pid, signal == "KILL" ? SignalKill : SignalTerm);

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);

        [DllImport("libc", EntryPoint = "geteuid")]
        public static extern uint GetEffectiveUserId();
    }
}

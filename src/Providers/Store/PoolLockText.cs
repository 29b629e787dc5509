using System.Globalization;

namespace HostPool.Providers.Store;

/// <summary>The words for a held lock, shared by the conflict message and the lock commands.</summary>
public static class PoolLockText
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"pool 'p' is locked by u@h (pid 7) since 2026-... ("deploy web")".</summary>
    public static string Describe(PoolLockRecord held) =>
        $"pool '{held.Pool}' is locked by {held.Holder} since {Time(held.AcquiredAt)} (\"{held.Message}\")";

    public static string Conflict(PoolLockRecord held, TimeSpan waited)
    {
        var waitedText = waited > TimeSpan.Zero ? $"waited {waited.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)}s and " : "";
        return $"{waitedText}{Describe(held)}. Another command is changing this pool's projects. " +
            $"Wait for it and try again, or let the command wait for it with --lock-wait 5m, " +
            $"or if the holder is gone: hostpool lock release {held.Pool} --force";
    }
}

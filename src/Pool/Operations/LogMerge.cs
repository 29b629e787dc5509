namespace HostPool.Pool.Operations;

/// <summary>Merges the lines of several replicas into one history, oldest first; lines without a time keep their place at the start.</summary>
internal static class LogMerge
{
    public static IReadOnlyList<LogLine> ByTime(IEnumerable<IReadOnlyList<LogLine>> replicas) =>
        [.. replicas.SelectMany(lines => lines).OrderBy(l => l.Timestamp ?? DateTimeOffset.MinValue)];
}

using HostPool.Pool.Operations;

namespace HostPool.Pool.Tests.Operations;

public sealed class LogMergeTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ByTime_TwoReplicasHistories_InterleavesOldestFirst()
    {
        var one = new LogSource("web", 1, "h1");
        var two = new LogSource("web", 2, "h2");

        var merged = LogMerge.ByTime([
            [Line(one, 0, "a"), Line(one, 3, "d")],
            [Line(two, 1, "b"), Line(two, 2, "c")],
        ]);

        Assert.Equal(["a", "b", "c", "d"], merged.Select(l => l.Text));
    }

    [Fact]
    public void ByTime_SameTimeAndLinesWithoutTime_KeepTheirOrderUntimedFirst()
    {
        var one = new LogSource("web", 1, "h1");
        var two = new LogSource("db", 1, "h2");

        var merged = LogMerge.ByTime([
            [Line(one, 1, "first"), Line(one, 1, "second")],
            [new LogLine(two, null, false, "untimed"), Line(two, 1, "third")],
        ]);

        Assert.Equal(["untimed", "first", "second", "third"], merged.Select(l => l.Text));
    }

    private static LogLine Line(LogSource source, int seconds, string text) => new(source, T0.AddSeconds(seconds), false, text);
}

using HostPool.Cli.Commands.Pool;
using HostPool.Pool.Operations;

namespace HostPool.Cli.Tests.Pool;

public sealed class LogLineFormatTests
{
    private static readonly LogSource Web = new("web", 1, "h1");
    private static readonly LogSource Database = new("db", 12, "host-2");

    [Fact]
    public void Prefix_SourcesOfDifferentLengths_PaddedToOneWidthThenBar()
    {
        var width = LogLineFormat.Width([Web, Database]);

        Assert.Equal("web.1@h1     | ", LogLineFormat.Prefix(Web, width));
        Assert.Equal("db.12@host-2 | ", LogLineFormat.Prefix(Database, width));
    }

    [Fact]
    public void Text_TimestampsAsked_PutsTheEnginesTimeFirst()
    {
        var line = new LogLine(Web, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567), false, "up");

        Assert.Equal("2024-05-01T12:00:00.1234567Z up", LogLineFormat.Text(line, timestamps: true));
        Assert.Equal("up", LogLineFormat.Text(line, timestamps: false));
    }

    [Fact]
    public void ColorsOf_Replicas_EachItsOwnColorUntilTheyRunOut()
    {
        var sources = Enumerable.Range(1, 11).Select(n => new LogSource("web", n, "h1")).ToList();

        var colors = LogLineFormat.ColorsOf(sources);

        Assert.Equal(10, sources.Take(10).Select(s => colors[s]).Distinct().Count());
        Assert.Equal(colors[sources[0]], colors[sources[10]]);
    }
}

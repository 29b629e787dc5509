using System.Text;
using HostPool.Pool.Operations;

namespace HostPool.Pool.Tests.Operations;

public sealed class LogLineAssemblerTests
{
    private static readonly LogSource Source = new("web", 1, "h1");

    [Fact]
    public void Add_LineAndCharacterSplitAcrossFrames_GivesOneWholeLine()
    {
        var bytes = Encoding.UTF8.GetBytes("héllo wörld\n");
        var assembler = new LogLineAssembler(Source, timestamped: false);

        var first = assembler.Add(bytes.AsSpan(0, 2), isError: false);
        var second = assembler.Add(bytes.AsSpan(2), isError: false);

        Assert.Empty(first);
        Assert.Equal("héllo wörld", Assert.Single(second).Text);
    }

    [Fact]
    public void Add_StdoutAndStderrInterleaved_KeepsEachStreamsLinesApart()
    {
        var assembler = new LogLineAssembler(Source, timestamped: false);

        assembler.Add("out-"u8, isError: false);
        assembler.Add("err-"u8, isError: true);
        var outLines = assembler.Add("a\r\nout-b\n"u8, isError: false);
        var errLines = assembler.Add("a\n"u8, isError: true);

        Assert.Equal(["out-a", "out-b"], outLines.Select(l => l.Text));
        Assert.All(outLines, l => Assert.False(l.IsError));
        Assert.Equal("err-a", Assert.Single(errLines).Text);
        Assert.True(errLines[0].IsError);
    }

    [Fact]
    public void Flush_UnfinishedLine_IsGivenAtTheEnd()
    {
        var assembler = new LogLineAssembler(Source, timestamped: false);
        assembler.Add("done\nno newline"u8, isError: false);

        var rest = assembler.Flush();

        Assert.Equal("no newline", Assert.Single(rest).Text);
    }

    [Fact]
    public void Add_Timestamped_SplitsTheEnginesTimeFromTheText()
    {
        var assembler = new LogLineAssembler(Source, timestamped: true);

        var line = Assert.Single(assembler.Add("2024-05-01T12:00:00.5Z up\n"u8, isError: false));

        Assert.Equal("up", line.Text);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, 500, TimeSpan.Zero), line.Timestamp);
        Assert.Equal(Source, line.Source);
    }
}

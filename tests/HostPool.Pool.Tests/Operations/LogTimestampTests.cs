using HostPool.Pool.Operations;

namespace HostPool.Pool.Tests.Operations;

public sealed class LogTimestampTests
{
    [Fact]
    public void Split_NanosecondTimestamp_KeepsSevenDigitsAndTheText()
    {
        var (timestamp, text) = LogTimestamp.Split("2024-05-01T12:00:00.123456789Z hello world");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567), timestamp);
        Assert.Equal("hello world", text);
    }

    [Fact]
    public void Split_WholeSecondsAndEmptyText_ParsesAndGivesEmptyText()
    {
        var (timestamp, text) = LogTimestamp.Split("2024-05-01T12:00:00Z");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), timestamp);
        Assert.Equal("", text);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("2024 was a year")]
    [InlineData("")]
    public void Split_NoTimestamp_GivesNullAndTheLineUnchanged(string line)
    {
        var (timestamp, text) = LogTimestamp.Split(line);

        Assert.Null(timestamp);
        Assert.Equal(line, text);
    }
}

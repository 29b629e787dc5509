using HostPool.Compose.Interpolation;
using HostPool.Compose.Mapping;

namespace HostPool.Compose.Tests.Mapping;

public sealed class UnitParserTests
{
    [Theory]
    [InlineData("50M", 52428800L)]
    [InlineData("2gb", 2147483648L)]
    [InlineData("1.5GiB", 1610612736L)]
    [InlineData("512", 512L)]
    [InlineData("10k", 10240L)]
    public void TryParse_ByteSize_GivesBinaryBytes(string text, long bytes)
    {
        Assert.True(ByteSizeParser.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12x")]
    [InlineData("m")]
    public void TryParse_NotAByteSize_Fails(string text) => Assert.False(ByteSizeParser.TryParse(text, out _));

    [Theory]
    [InlineData("1h30m", 5400.0)]
    [InlineData("120s", 120.0)]
    [InlineData("1.5s", 1.5)]
    [InlineData("500ms", 0.5)]
    [InlineData("0", 0.0)]
    public void TryParse_GoDuration_GivesSpan(string text, double seconds)
    {
        Assert.True(DurationParser.TryParse(text, out var parsed));
        Assert.Equal(TimeSpan.FromSeconds(seconds), parsed);
    }

    [Theory]
    [InlineData(90.0, "1m30s")]
    [InlineData(3600.0, "1h0m0s")]
    [InlineData(0.25, "250ms")]
    [InlineData(0.0, "0s")]
    public void Format_Duration_WritesGoForm(double seconds, string text) => Assert.Equal(text, DurationFormatter.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Split_Command_HonoursQuotesAndEscapes()
    {
        Assert.Equal(["sh", "-c", "echo \"hi there\"", "a b"], ShellWords.Split("sh -c 'echo \"hi there\"' a\\ b"));
    }

    [Fact]
    public void Parse_DotEnv_HandlesQuotesCommentsExportAndExpansion()
    {
        const string text = "# comment\nexport A=1\nB='$A literal'\nC=\"x ${A} \\n y\"\nD=plain # trailing\nE\nF=\n";

        var values = DotEnvParser.Parse(text, name => name == "E" ? "from-env" : null).ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal("1", values["A"]);
        Assert.Equal("$A literal", values["B"]);
        Assert.Equal("x 1 \n y", values["C"]);
        Assert.Equal("plain", values["D"]);
        Assert.Equal("from-env", values["E"]);
        Assert.Equal(string.Empty, values["F"]);
    }

    [Fact]
    public void Parse_RawDotEnv_KeepsValuesAsWritten()
    {
        var values = DotEnvParser.Parse("A=\"quoted\" # not a comment\n", _ => null, raw: true).ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal("\"quoted\" # not a comment", values["A"]);
    }
}

using HostPool.Compose.Yaml;

namespace HostPool.Compose.Tests.Yaml;

public sealed class YamlFileReaderTests
{
    [Fact]
    public void Read_MergeKeys_ExplicitKeysWinAndEarlierSourcesWin()
    {
        const string text = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 3\n";

        var root = (YMapping)Read(text);

        var c = (YMapping)root["c"]!;
        Assert.Equal(("3", "1", "2"), (Value(c, "x"), Value(c, "y"), Value(c, "z")));
        Assert.False(c.Contains("<<"));
    }

    [Fact]
    public void Read_AliasAndTags_ResolvesAliasAndKeepsTags()
    {
        var root = (YMapping)Read("base: &img nginx\nimage: *img\nports: !override [\"80\"]\ncommand: !reset\n");

        Assert.Equal("nginx", Value(root, "image"));
        Assert.True(root["ports"]!.IsOverride);
        Assert.True(root["command"]!.IsReset);
    }

    [Fact]
    public void Read_SyntaxError_ReportsFileLineAndColumn()
    {
        var diagnostics = new Diagnostics();

        var documents = YamlFileReader.Read("services:\n  web:\n    image: [unclosed\n", "bad.yaml", diagnostics);

        Assert.Empty(documents);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal("bad.yaml", error.File);
        Assert.True(error.Line >= 3, error.ToString());
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKey_IsAnError()
    {
        var diagnostics = new Diagnostics();

        YamlFileReader.Read("services:\n  web:\n    image: a\n    image: b\n", "dup.yaml", diagnostics);

        Assert.NotEmpty(diagnostics.Errors);
    }

    [Theory]
    [InlineData("yes", "String")]
    [InlineData("on", "String")]
    [InlineData("true", "Bool")]
    [InlineData("~", "Null")]
    [InlineData("0440", "Int")]
    [InlineData("1.5", "Float")]
    [InlineData("1e3", "Float")]
    [InlineData("8080:80", "String")]
    [InlineData("1_000", "String")]
    public void ResolvePlain_CoreSchemaScalar_HasComposeType(string text, string kind)
    {
        Assert.Equal(kind, ScalarResolver.ResolvePlain(text).Kind.ToString());
    }

    [Fact]
    public void ResolvePlain_LeadingZero_IsOctalAsGoYamlReadsIt()
    {
        Assert.Equal(288L, ScalarResolver.ResolvePlain("0440").Value);
        Assert.Equal(31L, ScalarResolver.ResolvePlain("0x1F").Value);
        Assert.Equal(8L, ScalarResolver.ResolvePlain("0o10").Value);
    }

    private static YNode Read(string text)
    {
        var diagnostics = new Diagnostics();
        var node = Assert.Single(YamlFileReader.Read(text, "t.yaml", diagnostics));
        Assert.Empty(diagnostics.Errors);
        return node;
    }

    private static string Value(YMapping mapping, string key) => ((YScalar)mapping[key]!).Value;
}

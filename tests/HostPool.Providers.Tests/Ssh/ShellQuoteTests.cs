using HostPool.Providers.Ssh;

namespace HostPool.Providers.Tests.Ssh;

public sealed class ShellQuoteTests
{
    [Theory]
    [InlineData("/etc/docker/daemon.json", "'/etc/docker/daemon.json'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$(rm -rf /)", "'$(rm -rf /)'")]
    public void Quote_Value_IsOneLiteralShellWord(string value, string expected)
    {
        Assert.Equal(expected, ShellQuote.Quote(value));
    }
}

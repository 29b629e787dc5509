using HostPool.Providers.Ssh;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class ShellQuoteTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("$(echo no) `echo no` $HOME \\ \" '' ;|&")]
    public async Task Quote_AnyText_ReachesTheCommandUnchanged(string value)
    {
        var result = await ShellCommand.RunAsync($"printf %s {ShellQuote.Quote(value)}", TestContext.Current.CancellationToken);

        Assert.Equal(value, result.Output);
    }

    [Fact]
    public async Task Wrap_NonRootSession_RunsTheScriptThroughSudoIntact()
    {
        var session = new ScriptedSshSession("admin");
        var shell = new RootShell(session, "web-1");
        var script = "printf '%s' \"it's $((1 + 1))\"";

        var wrapped = shell.Wrap(script);
        var result = await ShellCommand.RunAsync(wrapped.Replace("sudo -n ", ""), TestContext.Current.CancellationToken);

        Assert.StartsWith("sudo -n sh -c '", wrapped);
        Assert.Equal("it's 2", result.Output);
    }

    [Fact]
    public void Wrap_RootSession_RunsTheScriptAsIs()
    {
        var shell = new RootShell(new ScriptedSshSession("root"), "web-1");

        Assert.Equal("systemctl restart docker", shell.Wrap("systemctl restart docker"));
    }
}

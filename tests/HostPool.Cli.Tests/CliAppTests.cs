using Spectre.Console;
using Spectre.Console.Testing;

namespace HostPool.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task RunAsync_UnknownFlag_ExitsWithUsageCodeAndSaysWhereHelpIs()
    {
        var output = new TestConsole();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["--bogus"], new CliEnvironment(output, error, IsInteractive: false), TestContext.Current.CancellationToken);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--bogus", error.ToString());
        Assert.Contains("--help", error.ToString());
    }

    [Fact]
    public async Task RunAsync_Version_PrintsVersionAndSucceeds()
    {
        var output = new TestConsole();

        var code = await CliApp.RunAsync(["version"], new CliEnvironment(output, new StringWriter(), IsInteractive: false), TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.StartsWith("hostpool ", output.Output);
    }
}

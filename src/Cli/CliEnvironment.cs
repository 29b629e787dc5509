using Spectre.Console;

namespace HostPool.Cli;

/// <summary>Where a command's output goes and what it may ask of the terminal; tests pass their own.</summary>
internal sealed record CliEnvironment(IAnsiConsole Out, TextWriter Error, bool IsInteractive)
{
    public static CliEnvironment FromProcess()
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsInputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        });
        return new CliEnvironment(console, Console.Error, interactive);
    }
}

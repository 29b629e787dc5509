using HostPool.Cli.Audit;
using Spectre.Console;

namespace HostPool.Cli;

/// <summary>Where a command's output goes, what it may ask of the terminal, and its services; tests pass their own.</summary>
internal sealed record CliEnvironment(IAnsiConsole Out, TextWriter Error, bool IsInteractive)
{
    private const int RedirectedWidth = 4096;

    private readonly Lazy<IServiceProvider> _services = new(CliServices.FromProcess);

    /// <summary>Builds the services on first use, so `version` and `--help` touch no state.</summary>
    public Func<IServiceProvider> ServiceFactory
    {
        init => _services = new Lazy<IServiceProvider>(value);
    }

    public IServiceProvider Services => _services.Value;

    /// <summary>The project or host the running command changes, for the audit log, when its arguments do not name it.</summary>
    public AuditTarget AuditTarget { get; } = new();

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
        if (Console.IsOutputRedirected)
        {
            // Output read by scripts (eval "$(hostpool env NAME)", pipes) must never be wrapped.
            console.Profile.Width = RedirectedWidth;
        }

        return new CliEnvironment(console, Console.Error, interactive);
    }
}

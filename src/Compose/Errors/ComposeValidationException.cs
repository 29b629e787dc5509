using HostPool.Compose;

namespace HostPool;

/// <summary>Compose input that docker compose would reject; carries every problem found, each with file, line, column and path.</summary>
public sealed class ComposeValidationException : InvalidInputException
{
    public ComposeValidationException(IReadOnlyList<ComposeDiagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<ComposeDiagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<ComposeDiagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "  " + d);
        var noun = diagnostics.Count == 1 ? "problem" : "problems";
        return $"the compose project is not valid ({diagnostics.Count} {noun}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines)
            + $"{Environment.NewLine}Fix the attributes named above and run the command again ('hostpool config' shows the resolved project).";
    }
}

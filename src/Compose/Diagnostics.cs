using HostPool.Compose.Yaml;

namespace HostPool.Compose;

/// <summary>Collects errors and warnings while a project loads, so that all problems are reported together.</summary>
internal sealed class Diagnostics
{
    private readonly List<ComposeDiagnostic> errors = [];
    private readonly List<ComposeDiagnostic> warnings = [];
    private readonly HashSet<ComposeDiagnostic> warningSet = [];

    public IReadOnlyList<ComposeDiagnostic> Errors => errors;

    public IReadOnlyList<ComposeDiagnostic> Warnings => warnings;

    public bool HasErrors => errors.Count > 0;

    /// <summary>Adds an error whose message is prefixed with its path (<c>services.web.image: ...</c>).</summary>
    public void Error(SourceMark mark, YPath path, string message) => Error(mark, path.ToString(), message);

    /// <summary>Adds an error whose message is prefixed with its path (<c>services.web.image: ...</c>).</summary>
    public void Error(SourceMark mark, string path, string message) => ErrorVerbatim(mark, path, Prefix(path, message));

    /// <summary>
    /// Adds an error whose message already reads well on its own and names its subject. An error at or below a path
    /// that already has one (a later phase tripping over what the schema reported) is left out.
    /// </summary>
    public void ErrorVerbatim(SourceMark mark, string path, string message)
    {
        var diagnostic = Create(mark, path, message);
        if (path.Length > 0 && errors.Any(e => e.Path.Length > 0 && e.File == mark.File && (path == e.Path || path.StartsWith(e.Path + ".", StringComparison.Ordinal))))
        {
            return;
        }

        errors.Add(diagnostic);
    }

    public void Warning(SourceMark mark, YPath path, string message) => Warning(mark, path.ToString(), message);

    public void Warning(SourceMark mark, string path, string message)
    {
        var diagnostic = Create(mark, path, Prefix(path, message));
        if (warningSet.Add(diagnostic))
        {
            warnings.Add(diagnostic);
        }
    }

    /// <summary>Throws one exception carrying every error collected so far, if there is any.</summary>
    public void ThrowIfErrors()
    {
        if (errors.Count > 0)
        {
            throw new ComposeValidationException(errors.Distinct().ToList());
        }
    }

    private static string Prefix(string path, string message) => path.Length == 0 ? message : path + ": " + message;

    private static ComposeDiagnostic Create(SourceMark mark, string path, string message)
        => new(mark.File, mark.Line, mark.Column, path, message);
}

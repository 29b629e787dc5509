using System.Text;
using System.Text.RegularExpressions;
using HostPool.Compose.Interpolation;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Chooses the project name as docker compose does: <c>-p</c>, else <c>COMPOSE_PROJECT_NAME</c>, else the top-level
/// <c>name</c> of the last file that sets it (interpolated), else the project folder's name made valid.
/// </summary>
internal static partial class ProjectNamer
{
    public static string? Choose(
        string? requested, ProjectEnvironment environment, IReadOnlyList<YMapping> files, string directory, bool allowDirectory, Diagnostics diagnostics)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return Valid(requested, "-p", SourceMark.None, diagnostics);
        }

        if (environment["COMPOSE_PROJECT_NAME"] is { Length: > 0 } fromEnvironment)
        {
            return Valid(fromEnvironment, "COMPOSE_PROJECT_NAME", SourceMark.None, diagnostics);
        }

        var named = files.LastOrDefault(f => f["name"] is YScalar { Value.Length: > 0 });
        if (named?["name"] is YScalar name)
        {
            try
            {
                var value = Interpolator.Expand(name.Value, n => environment[n]);
                if (value.Length > 0)
                {
                    return Valid(value, "name", name.Mark, diagnostics);
                }
            }
            catch (TemplateException exception)
            {
                diagnostics.Error(name.Mark, "name", exception.Message);
                return null;
            }
        }

        var fromFolder = allowDirectory ? Normalise(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory))) : string.Empty;
        if (fromFolder.Length == 0)
        {
            diagnostics.ErrorVerbatim(SourceMark.None, "name", "project name must not be empty; set name: in the compose file or pass -p NAME");
            return null;
        }

        return fromFolder;
    }

    /// <summary>Lowercase, keep only letters, digits, dashes and underscores, start with a letter or digit.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || ((c is '-' or '_') && builder.Length > 0))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? Valid(string name, string source, SourceMark mark, Diagnostics diagnostics)
    {
        if (ValidName().IsMatch(name))
        {
            return name;
        }

        diagnostics.ErrorVerbatim(mark, "name", $"project name \"{name}\" (from {source}) is not valid: use only lowercase letters, digits, dashes and underscores, starting with a letter or digit");
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ValidName();
}

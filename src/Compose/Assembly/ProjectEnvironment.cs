using HostPool.Compose.Interpolation;

namespace HostPool.Compose.Assembly;

/// <summary>
/// The variables compose files are interpolated with: the values of <c>--env-file</c> files in order (or <c>.env</c>
/// in the project directory when none is given), overridden by the process environment.
/// </summary>
internal sealed class ProjectEnvironment
{
    private readonly Dictionary<string, string> values;

    private ProjectEnvironment(Dictionary<string, string> values)
    {
        this.values = values;
    }

    public IReadOnlyDictionary<string, string> Values => values;

    public string? this[string name] => values.GetValueOrDefault(name);

    public static async Task<ProjectEnvironment> BuildAsync(
        IReadOnlyDictionary<string, string> process, IReadOnlyList<string> envFiles, string projectDirectory, Diagnostics diagnostics, CancellationToken cancellationToken)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = envFiles.Count > 0
            ? envFiles.Select(f => Path.GetFullPath(Path.Combine(projectDirectory, f))).ToList()
            : [Path.Combine(projectDirectory, ".env")];
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                if (envFiles.Count > 0)
                {
                    diagnostics.ErrorVerbatim(new Yaml.SourceMark(file, 0, 0), string.Empty, $"env file {file} not found; check the --env-file path");
                }

                continue;
            }

            var text = await File.ReadAllTextAsync(file, cancellationToken);
            string? Lookup(string name) => process.TryGetValue(name, out var p) ? p : merged.GetValueOrDefault(name);
            foreach (var (key, value) in DotEnvParser.Parse(text, Lookup))
            {
                if (value is not null)
                {
                    merged[key] = value;
                }
            }
        }

        foreach (var (key, value) in process)
        {
            merged[key] = value;
        }

        return new ProjectEnvironment(merged);
    }

    /// <summary>A copy with <paramref name="name"/> set unless it already has a value.</summary>
    public ProjectEnvironment WithDefault(string name, string value)
    {
        var copy = new Dictionary<string, string>(values, StringComparer.Ordinal);
        copy.TryAdd(name, value);
        return new ProjectEnvironment(copy);
    }

    /// <summary>A copy where the variables of <paramref name="lower"/> apply unless this environment sets them.</summary>
    public ProjectEnvironment Over(IEnumerable<KeyValuePair<string, string?>> lower)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in lower)
        {
            if (value is not null)
            {
                copy[key] = value;
            }
        }

        foreach (var (key, value) in values)
        {
            copy[key] = value;
        }

        return new ProjectEnvironment(copy);
    }
}

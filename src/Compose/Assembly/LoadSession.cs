using HostPool.Compose.Interpolation;
using HostPool.Compose.Schema;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// The state of one load: diagnostics, and the files read so far (each read and parsed once). Turns a file into its
/// model: parse, structure check, interpolation, schema validation, then <c>extends</c> and <c>include</c>.
/// </summary>
internal sealed class LoadSession(Diagnostics diagnostics, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, YMapping?> raw = new(StringComparer.Ordinal);

    public Diagnostics Diagnostics => diagnostics;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The parsed, structurally sound file, or null (with errors reported) when it cannot be used.</summary>
    public async Task<YMapping?> ReadRawAsync(string path, SourceMark referencedFrom)
    {
        if (raw.TryGetValue(path, out var cached))
        {
            return cached;
        }

        YMapping? result = null;
        if (!File.Exists(path))
        {
            diagnostics.ErrorVerbatim(referencedFrom == SourceMark.None ? new SourceMark(path, 0, 0) : referencedFrom, string.Empty, $"compose file {path} not found; check the path");
        }
        else
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var documents = YamlFileReader.Read(text, path, diagnostics);
            if (documents.Count == 0 || documents.All(d => d is YScalar { IsPlain: true, Value: "" }))
            {
                if (!diagnostics.HasErrors)
                {
                    diagnostics.ErrorVerbatim(new SourceMark(path, 1, 1), string.Empty, "empty compose file; add at least a services: section");
                }
            }
            else
            {
                result = Combine(documents);
            }
        }

        raw[path] = result;
        return result;
    }

    /// <summary>Interpolates and validates a file's tree, then resolves its extends and includes; null when it cannot be read.</summary>
    public async Task<YMapping?> LoadModelAsync(string path, ProjectEnvironment environment, SourceMark referencedFrom)
    {
        var tree = await InterpolateAsync(path, environment, referencedFrom);
        if (tree is null)
        {
            return null;
        }

        var extended = await new ExtendsResolver(this).ResolveAsync(tree, path, environment);
        return await new IncludeResolver(this).ResolveAsync(extended, path, environment);
    }

    /// <summary>The interpolated, schema-checked tree of a file (null when it cannot be read or interpolated), without its extends and includes resolved.</summary>
    /// <remarks>With <paramref name="validate"/> false the caller validates what it uses (extends reads one service of a file).</remarks>
    public async Task<YMapping?> InterpolateAsync(string path, ProjectEnvironment environment, SourceMark referencedFrom, bool validate = true)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var root = await ReadRawAsync(path, referencedFrom);
        if (root is null)
        {
            return null;
        }

        var before = diagnostics.Errors.Count;
        var interpolated = (YMapping)TreeInterpolator.Interpolate(root, name => environment[name], diagnostics);
        if (diagnostics.Errors.Count > before)
        {
            return null;
        }

        if (validate)
        {
            // Schema errors are reported here; the tree goes on so later phases can report other problems of the file too.
            SchemaValidator.Validate(interpolated, diagnostics);
        }

        return interpolated;
    }

    private YMapping? Combine(IReadOnlyList<YNode> documents)
    {
        YMapping? combined = null;
        foreach (var document in documents)
        {
            if (!StructureChecker.Check(document, diagnostics))
            {
                return null;
            }

            combined = combined is null ? (YMapping)document : (YMapping)Merge.TreeMerger.Merge(combined, document);
        }

        return combined;
    }
}

using System.Collections;
using HostPool.Compose.Mapping;
using HostPool.Compose.Merge;
using HostPool.Compose.Model;
using HostPool.Compose.Validation;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Loads a compose project: environment, files, project name, per-file parse/interpolate/validate/extends/include,
/// merge in order, profiles, mapping to the domain, then consistency and pool checks. Every error of every file is
/// collected and thrown together.
/// </summary>
internal sealed class ComposeProjectLoader : IComposeLoader
{
    public async Task<ComposeLoadResult> LoadAsync(ComposeLoadRequest request, CancellationToken cancellationToken)
    {
        var diagnostics = new Diagnostics();
        var session = new LoadSession(diagnostics, cancellationToken);
        var process = request.Environment ?? ProcessEnvironment();
        var directory = Path.GetFullPath(request.WorkingDirectory
            ?? (request.Files.Count > 0 ? Path.GetDirectoryName(Path.GetFullPath(request.Files[0]))! : Directory.GetCurrentDirectory()));

        var environment = await ProjectEnvironment.BuildAsync(process, request.EnvFiles ?? [], directory, diagnostics, cancellationToken);
        var files = ComposeFileLocator.Locate(request.Files, directory, environment, diagnostics);
        var raws = new List<YMapping>();
        foreach (var file in files)
        {
            if (await session.ReadRawAsync(file, SourceMark.None) is { } raw)
            {
                raws.Add(raw);
            }
        }

        diagnostics.ThrowIfErrors();
        var name = ProjectNamer.Choose(request.ProjectName, environment, raws, directory, request.ProjectNameFromDirectory, diagnostics);
        diagnostics.ThrowIfErrors();
        environment = environment.WithDefault("COMPOSE_PROJECT_NAME", name!);

        YMapping? merged = null;
        foreach (var file in files)
        {
            var model = await session.LoadModelAsync(file, environment, SourceMark.None);
            if (model is not null)
            {
                merged = merged is null ? model : (YMapping)TreeMerger.Merge(merged, model);
            }
        }

        if (merged is null)
        {
            diagnostics.ThrowIfErrors();
        }

        var profiles = ProfileFilter.Active(request.Profiles, environment);
        var root = (YMapping)ResetStripper.Strip(ProfileFilter.Apply((YMapping)Unicity.EnforceOnProject(merged!), profiles));

        var contents = await ReadReferencedFilesAsync(root, name!, directory, environment, cancellationToken);
        var context = new MappingContext(name!, directory, n => environment[n], contents, new NodeReader(diagnostics));
        var project = ProjectMapper.Map(root, context) with { ActiveProfiles = profiles, ComposeFiles = files };
        var marks = new TreeMarks(root);
        if (request.ConsistencyChecks && !diagnostics.HasErrors)
        {
            ConsistencyChecker.Check(project, marks, diagnostics);
        }

        diagnostics.ThrowIfErrors();
        PoolSuitabilityChecker.Check(project, marks, diagnostics);
        return new ComposeLoadResult(project, diagnostics.Warnings.ToList());
    }

    /// <summary>Reads every env_file and label_file the services name, so that mapping does no I/O.</summary>
    private static async Task<IReadOnlyDictionary<string, string?>> ReadReferencedFilesAsync(
        YMapping root, string name, string directory, ProjectEnvironment environment, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (root["services"] is not YMapping services)
        {
            return contents;
        }

        var probe = new MappingContext(name, directory, n => environment[n], contents, new NodeReader(new Diagnostics()));
        var paths = new List<string>();
        foreach (var entry in services.Entries.Where(e => e.Value is YMapping))
        {
            var service = (YMapping)entry.Value;
            paths.AddRange(EnvironmentMapper.EnvFiles(service["env_file"], YPath.Root, probe).Select(f => f.Path));
            paths.AddRange((probe.Reader.StringOrList(service["label_file"], YPath.Root) ?? []).Select(probe.Paths.Resolve));
        }

        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            contents[path] = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
        }

        return contents;
    }

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            values[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return values;
    }
}

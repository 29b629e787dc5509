using HostPool.Compose.Interpolation;
using HostPool.Compose.Merge;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Resolves top-level <c>include</c>: each entry is loaded as a project of its own (its env files feed its
/// interpolation, the including project's variables win), its relative paths resolved against its project directory,
/// and its resources added to the including project. A resource defined on both sides is an error.
/// </summary>
internal sealed class IncludeResolver(LoadSession session)
{
    private static readonly string[] Sections = ["services", "networks", "volumes", "secrets", "configs"];

    public async Task<YMapping> ResolveAsync(YMapping root, string path, ProjectEnvironment environment)
    {
        if (root["include"] is not YSequence includes)
        {
            return root;
        }

        var directory = Path.GetDirectoryName(path)!;
        var result = root.Without("include");
        for (var i = 0; i < includes.Items.Count; i++)
        {
            var item = includes.Items[i];
            var itemPath = YPath.Root.Key("include").Index(i);
            var (paths, projectDirectory, envFiles) = Describe(item, directory);
            if (paths.Count == 0)
            {
                session.Diagnostics.Error(item.Mark, itemPath, "an include entry needs a path");
                continue;
            }

            var includeEnvironment = environment.Over(await ReadEnvFilesAsync(envFiles ?? [Path.Combine(projectDirectory, ".env")], envFiles is not null, item.Mark, itemPath));
            YMapping? imported = null;
            foreach (var file in paths)
            {
                var model = await session.LoadModelAsync(file, includeEnvironment, item.Mark);
                if (model is null)
                {
                    continue;
                }

                model = PathRebaser.RebaseProject(model, projectDirectory);
                imported = imported is null ? model : (YMapping)TreeMerger.Merge(imported, model);
            }

            if (imported is not null)
            {
                result = Add(result, imported, item.Mark, itemPath);
            }
        }

        return result;
    }

    private (IReadOnlyList<string> Paths, string ProjectDirectory, IReadOnlyList<string>? EnvFiles) Describe(YNode item, string directory)
    {
        string Absolute(string p) => Path.GetFullPath(Path.Combine(directory, p));
        IReadOnlyList<string> Strings(YNode? node) => node switch
        {
            YScalar s => [s.Value],
            YSequence l => l.Items.OfType<YScalar>().Select(s => s.Value).ToList(),
            _ => [],
        };

        if (item is not YMapping m)
        {
            var single = Strings(item).Select(Absolute).ToList();
            return (single, single.Count > 0 ? Path.GetDirectoryName(single[0])! : directory, null);
        }

        var paths = Strings(m["path"]).Select(Absolute).ToList();
        var projectDirectory = m["project_directory"] is YScalar pd ? Absolute(pd.Value) : paths.Count > 0 ? Path.GetDirectoryName(paths[0])! : directory;
        var envFiles = m["env_file"] is { } e ? Strings(e).Select(Absolute).ToList() : null;
        return (paths, projectDirectory, envFiles);
    }

    private async Task<List<KeyValuePair<string, string?>>> ReadEnvFilesAsync(IReadOnlyList<string> files, bool required, SourceMark mark, YPath path)
    {
        var values = new List<KeyValuePair<string, string?>>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                if (required)
                {
                    session.Diagnostics.Error(mark, path, $"env file {file} not found; create it or remove it from env_file");
                }

                continue;
            }

            var text = await File.ReadAllTextAsync(file, session.CancellationToken);
            values.AddRange(DotEnvParser.Parse(text, name => values.LastOrDefault(v => v.Key == name).Value));
        }

        return values;
    }

    private YMapping Add(YMapping root, YMapping imported, SourceMark mark, YPath path)
    {
        var result = root;
        foreach (var section in Sections)
        {
            if (imported[section] is not YMapping incoming)
            {
                continue;
            }

            var existing = result[section] as YMapping ?? YMapping.Empty(incoming.Mark);
            foreach (var entry in incoming.Entries)
            {
                if (existing.Find(entry.Name) is { } clash)
                {
                    session.Diagnostics.Error(clash.Key.Mark, $"{section}.{entry.Name}", $"{section}.{entry.Name} conflicts with a resource imported by {path}; rename one of them");
                    continue;
                }

                existing = existing.With(entry.Name, entry.Value);
            }

            result = result.With(section, existing);
        }

        return result;
    }
}
